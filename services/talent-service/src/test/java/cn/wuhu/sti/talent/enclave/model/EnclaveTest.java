package cn.wuhu.sti.talent.enclave.model;

import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.ID;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.INCUBATED_ON;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.OPENED_ON;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.PROJECT_ID;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.incubating;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.incubation;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.landing;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.opened;
import static cn.wuhu.sti.talent.enclave.model.EnclaveMother.opening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.talent.EnclaveOpened;
import cn.wuhu.sti.events.talent.EnclaveProjectIncubated;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnclaveTest {

    private static final LocalDate LANDED_ON = LocalDate.of(2023, 8, 21);

    @Test
    void anEnclaveOpensInAnotherCity() {
        var change = Enclave.open(opening("上海"), ID);

        assertThat(change.aggregate().city()).isEqualTo("上海");
        assertThat(change.aggregate().projects()).isEmpty();
        assertThat(change.event()).isEqualTo(new EnclaveOpened(ID, "芜湖（上海）创新飞地", "上海", OPENED_ON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"芜湖", "芜湖市", "Wuhu", " WUHU ", "Wuhu City"})
    void anEnclaveInWuhuItselfIsRefusedOnCity(String wuhu) {
        assertThatThrownBy(() -> Enclave.open(opening(wuhu), ID))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("city");
    }

    @Test
    void anEnclaveTakesAProjectIntoIncubation() {
        var change = opened().incubate(incubation(INCUBATED_ON), PROJECT_ID);

        assertThat(change.aggregate().project(PROJECT_ID))
                .hasValueSatisfying(p -> assertThat(p.landed()).isFalse());
        assertThat(change.event())
                .isEqualTo(
                        new EnclaveProjectIncubated(ID, PROJECT_ID, "低空物流无人机项目", Industry.LOW_ALTITUDE, INCUBATED_ON));
    }

    @Test
    void aProjectMayBeIncubatedOnTheDayTheEnclaveOpened() {
        var change = opened().incubate(incubation(OPENED_ON), PROJECT_ID);

        assertThat(change.event().incubatedOn()).isEqualTo(OPENED_ON);
    }

    @Test
    void aProjectIncubatedBeforeTheEnclaveOpenedIsRefusedOnIncubatedOn() {
        var enclave = opened();

        assertThatThrownBy(() -> enclave.incubate(incubation(OPENED_ON.minusDays(1)), PROJECT_ID))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("incubatedOn");
    }

    @Test
    void theSameProjectIdTwiceIsAConflict() {
        var enclave = incubating();

        assertThatThrownBy(() -> enclave.incubate(incubation(INCUBATED_ON), PROJECT_ID))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void anIncubatedProjectLandsInADistrictOfWuhuWithItsIndustry() {
        var change = incubating().landProject(PROJECT_ID, landing(LANDED_ON));

        assertThat(change.aggregate().project(PROJECT_ID).orElseThrow().landing())
                .contains(new EnclaveProject.Landing(LANDED_ON, District.WANZHI));
        assertThat(change.event())
                .isEqualTo(new EnclaveProjectLanded(ID, PROJECT_ID, LANDED_ON, District.WANZHI, Industry.LOW_ALTITUDE));
    }

    @Test
    void aProjectMayLandOnTheDayItWasIncubated() {
        var change = incubating().landProject(PROJECT_ID, landing(INCUBATED_ON));

        assertThat(change.event().landedOn()).isEqualTo(INCUBATED_ON);
    }

    @Test
    void aLandingBeforeTheProjectWasIncubatedIsRefusedOnDate() {
        var enclave = incubating();

        assertThatThrownBy(() -> enclave.landProject(PROJECT_ID, landing(INCUBATED_ON.minusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("date");
    }

    @Test
    void aProjectLandsOnlyOnce() {
        var landed = incubating().landProject(PROJECT_ID, landing(LANDED_ON)).aggregate();

        assertThatThrownBy(() -> landed.landProject(PROJECT_ID, landing(LANDED_ON.plusDays(1))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("cannot land again");
    }

    @Test
    void landingAProjectTheEnclaveNeverIncubatedIsNotFound() {
        var enclave = incubating();

        assertThatThrownBy(() -> enclave.landProject("project-9999", landing(LANDED_ON)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void landingOneProjectLeavesTheOthersIncubatingInTheirOrder() {
        var two =
                incubating().incubate(incubation(INCUBATED_ON), "project-0002").aggregate();

        var afterLanding = two.landProject(PROJECT_ID, landing(LANDED_ON)).aggregate();

        assertThat(afterLanding.projects()).extracting(EnclaveProject::id).containsExactly(PROJECT_ID, "project-0002");
        assertThat(afterLanding.project("project-0002").orElseThrow().landed()).isFalse();
        assertThat(two.project(PROJECT_ID).orElseThrow().landed()).isFalse();
    }
}
