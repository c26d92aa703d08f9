package cn.wuhu.sti.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum Stage {
        PLANNED,
        BUILDING,
        OPEN
    }

    private static final Lifecycle<Stage> PARK = new Lifecycle<>(
            "Park",
            Stage.PLANNED,
            Map.of(Stage.PLANNED, Set.of(Stage.BUILDING), Stage.BUILDING, Set.of(Stage.OPEN)),
            Map.of(Stage.BUILDING, "start building", Stage.OPEN, "open"));

    private static final LocalDate MAY_1 = LocalDate.of(2023, 5, 1);
    private static final List<Milestone<Stage>> PLANNED_ON_MAY_1 = List.of(new Milestone<>(Stage.PLANNED, MAY_1));

    @Test
    void anAllowedMoveOnTheSameDayAppendsAMilestone() {
        var history = PARK.advance("p-1", PLANNED_ON_MAY_1, Stage.BUILDING, MAY_1);

        assertThat(history)
                .containsExactly(new Milestone<>(Stage.PLANNED, MAY_1), new Milestone<>(Stage.BUILDING, MAY_1));
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsAConflictNamingTheCurrentStage() {
        assertThatThrownBy(() -> PARK.advance("p-1", PLANNED_ON_MAY_1, Stage.OPEN, MAY_1))
                .isInstanceOf(Conflict.class)
                .hasMessage("Park p-1 is PLANNED; it cannot open");
    }

    @Test
    void repeatingTheCurrentStageSaysAgain() {
        var building = PARK.advance("p-1", PLANNED_ON_MAY_1, Stage.BUILDING, MAY_1);

        assertThatThrownBy(() -> PARK.advance("p-1", building, Stage.BUILDING, MAY_1))
                .isInstanceOf(Conflict.class)
                .hasMessage("Park p-1 is BUILDING; it cannot start building again");
    }

    @Test
    void anAllowedMoveDatedBeforeTheLastMilestoneIsRefusedOnDate() {
        assertThatThrownBy(() -> PARK.advance("p-1", PLANNED_ON_MAY_1, Stage.BUILDING, MAY_1.minusDays(1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("date");
    }

    @Test
    void aStoredHistoryOutOfOrderIsRefusedAsADefect() {
        var outOfOrder =
                List.of(new Milestone<>(Stage.PLANNED, MAY_1), new Milestone<>(Stage.BUILDING, MAY_1.minusDays(1)));

        assertThatThrownBy(() -> PARK.requireValid("p-1", outOfOrder)).isInstanceOf(IllegalArgumentException.class);
    }
}
