package cn.wuhu.sti.parks.park.model;

import static cn.wuhu.sti.parks.park.model.ParkMother.OPENED_ON;
import static cn.wuhu.sti.parks.park.model.ParkMother.PARK_ID;
import static cn.wuhu.sti.parks.park.model.ParkMother.STARTED_ON;
import static cn.wuhu.sti.parks.park.model.ParkMother.USABLE_AREA;
import static cn.wuhu.sti.parks.park.model.ParkMother.inUse;
import static cn.wuhu.sti.parks.park.model.ParkMother.planned;
import static cn.wuhu.sti.parks.park.model.ParkMother.underConstruction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.parks.ParkConstructionStarted;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParkLifecycleTest {

    @Test
    void aPlannedParkRecordsItsIndustryAndPlannedAreaWithTwoDecimals() {
        var change = Park.plan(
                new ParkCommands.Plan(
                        " 芜湖机器人产业园 ",
                        District.JIUJIANG,
                        Industry.ROBOTICS,
                        new BigDecimal("12000.5"),
                        ParkMother.PLANNED_ON),
                PARK_ID);

        assertThat(change.aggregate().stage()).isEqualTo(ParkStage.PLANNED);
        assertThat(change.event())
                .isEqualTo(new ParkPlanned(
                        PARK_ID,
                        "芜湖机器人产业园",
                        District.JIUJIANG,
                        Industry.ROBOTICS,
                        new BigDecimal("12000.50"),
                        ParkMother.PLANNED_ON));
    }

    @Test
    void aPlannedAreaOfNothingIsRefusedNamingTheField() {
        var command = new ParkCommands.Plan(
                "园", District.JIUJIANG, Industry.ROBOTICS, BigDecimal.ZERO, ParkMother.PLANNED_ON);

        assertThatThrownBy(() -> Park.plan(command, PARK_ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("plannedArea"));
    }

    @Test
    void aPlannedAreaFinerThanAHundredthOfASquareMetreIsRefused() {
        var command = new ParkCommands.Plan(
                "园", District.JIUJIANG, Industry.ROBOTICS, new BigDecimal("1.005"), ParkMother.PLANNED_ON);

        assertThatThrownBy(() -> Park.plan(command, PARK_ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("plannedArea"));
    }

    @Test
    void aPlannedParkStartsConstructionInItsDistrict() {
        var change = planned().startConstruction(new ParkCommands.StartConstruction(STARTED_ON));

        assertThat(change.aggregate().stage()).isEqualTo(ParkStage.UNDER_CONSTRUCTION);
        assertThat(change.event()).isEqualTo(new ParkConstructionStarted(PARK_ID, STARTED_ON, District.JIUJIANG));
    }

    @Test
    void aParkUnderConstructionOpensWithItsUsableArea() {
        var change = underConstruction().open(new ParkCommands.Open(OPENED_ON, USABLE_AREA));

        assertThat(change.aggregate().stage()).isEqualTo(ParkStage.IN_USE);
        assertThat(change.aggregate().usableArea()).contains(USABLE_AREA);
        assertThat(change.event()).isEqualTo(new ParkOpened(PARK_ID, OPENED_ON, USABLE_AREA, District.JIUJIANG));
    }

    @Test
    void aPlannedParkCannotOpenBeforeConstructionStarts() {
        assertThatThrownBy(() -> planned().open(new ParkCommands.Open(OPENED_ON, USABLE_AREA)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is PLANNED");
    }

    @Test
    void constructionCannotStartTwice() {
        assertThatThrownBy(() -> underConstruction().startConstruction(new ParkCommands.StartConstruction(OPENED_ON)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is UNDER_CONSTRUCTION");
    }

    @Test
    void aParkInUseCannotStartConstructionOrOpenAgain() {
        assertThatThrownBy(() -> inUse().startConstruction(new ParkCommands.StartConstruction(OPENED_ON)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is IN_USE");
        assertThatThrownBy(() -> inUse().open(new ParkCommands.Open(OPENED_ON, USABLE_AREA)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is IN_USE");
    }

    @Test
    void aMoveDatedBeforeTheLastIsRefusedOnTheDate() {
        var command = new ParkCommands.Open(STARTED_ON.minusDays(1), USABLE_AREA);

        assertThatThrownBy(() -> underConstruction().open(command))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void aMoveOnTheSameDayAsTheLastIsAllowed() {
        var park = underConstruction()
                .open(new ParkCommands.Open(STARTED_ON, USABLE_AREA))
                .aggregate();

        assertThat(park.dateOf(ParkStage.IN_USE)).contains(STARTED_ON);
    }

    @Test
    void openingWithNoUsableAreaIsRefusedNamingTheField() {
        assertThatThrownBy(() -> underConstruction().open(new ParkCommands.Open(OPENED_ON, new BigDecimal("0.00"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("usableArea"));
    }

    @Test
    void theHistoryReadsInDateOrder() {
        assertThat(inUse().history())
                .extracting(m -> m.date())
                .containsExactly(ParkMother.PLANNED_ON, STARTED_ON, OPENED_ON);
        assertThat(inUse().dateOf(ParkStage.UNDER_CONSTRUCTION)).contains(STARTED_ON);
        assertThat(planned().dateOf(ParkStage.IN_USE)).isEmpty();
    }
}
