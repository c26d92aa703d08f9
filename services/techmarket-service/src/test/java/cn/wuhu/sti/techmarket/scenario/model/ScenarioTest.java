package cn.wuhu.sti.techmarket.scenario.model;

import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.ID;
import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.LANDED_ON;
import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.PUBLISHED_ON;
import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.landed;
import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.landing;
import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.published;
import static cn.wuhu.sti.techmarket.scenario.model.ScenarioMother.publishing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ScenarioLanded;
import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.events.techmarket.ScenarioPublished;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void aScenarioIsPublishedOnItsList() {
        var change = Scenario.publish(publishing(), ID);

        assertThat(change.aggregate().landed()).isFalse();
        assertThat(change.event())
                .isEqualTo(new ScenarioPublished(
                        ID, "城市低空物流配送场景", ScenarioList.OPPORTUNITY, Industry.LOW_ALTITUDE, PUBLISHED_ON));
    }

    @Test
    void aScenarioWithoutAListIsRefusedOnList() {
        var command = new ScenarioCommands.Publish("城市低空物流配送场景", null, Industry.LOW_ALTITUDE, PUBLISHED_ON);

        assertThatThrownBy(() -> Scenario.publish(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("list"));
    }

    @Test
    void aLandedScenarioCountsInItsDistrictWithItsListAndIndustry() {
        var change = published().land(landing(LANDED_ON, District.WANZHI));

        assertThat(change.aggregate().landed()).isTrue();
        assertThat(change.event())
                .isEqualTo(new ScenarioLanded(
                        ID, LANDED_ON, District.WANZHI, ScenarioList.OPPORTUNITY, Industry.LOW_ALTITUDE));
    }

    @Test
    void aScenarioMayLandOnTheDayItWasPublished() {
        var change = published().land(landing(PUBLISHED_ON, District.WANZHI));

        assertThat(change.event().landedOn()).isEqualTo(PUBLISHED_ON);
    }

    @Test
    void aScenarioLandsOnlyOnce() {
        var scenario = landed();

        assertThatThrownBy(() -> scenario.land(landing(LANDED_ON.plusDays(1), District.JINGHU)))
                .isInstanceOf(Conflict.class)
                .hasMessage("Scenario scenario-0001 landed in WANZHI on 2023-09-08; it cannot land again");
    }

    @Test
    void aLandingBeforeThePublicationIsRefusedOnDate() {
        var scenario = published();

        assertThatThrownBy(() -> scenario.land(landing(PUBLISHED_ON.minusDays(1), District.WANZHI)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void aLandingWithoutADistrictIsRefusedOnDistrict() {
        var scenario = published();

        assertThatThrownBy(() -> scenario.land(landing(LANDED_ON, null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("district"));
    }
}
