package cn.wuhu.sti.parks.dispatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.events.parks.DispatchHeld;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchTest {

    private static final LocalDate HELD_ON = LocalDate.of(2023, 4, 26);

    private static DispatchCommands.Hold holding(List<String> parkIds, Integer raised, Integer resolved) {
        return new DispatchCommands.Hold(HELD_ON, DispatchChair.CITY_LEADER, parkIds, raised, resolved);
    }

    private static void assertRefusedOn(DispatchCommands.Hold command, String field) {
        assertThatThrownBy(() -> Dispatch.hold(command, "dispatch-0001"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aMeetingOnTwoParksIsHeld() {
        var change = Dispatch.hold(holding(List.of("park-1", "park-2"), 6, 4), "dispatch-0001");

        assertThat(change.event())
                .isEqualTo(new DispatchHeld(
                        "dispatch-0001", HELD_ON, DispatchChair.CITY_LEADER, List.of("park-1", "park-2"), 6, 4));
    }

    @Test
    void everyIssueRaisedMayBeResolved() {
        assertThat(Dispatch.hold(holding(List.of("park-1"), 3, 3), "d")
                        .aggregate()
                        .issuesResolved())
                .isEqualTo(3);
    }

    @Test
    void aMeetingOnNoParkIsRefused() {
        assertRefusedOn(holding(List.of(), 0, 0), "parkIds");
    }

    @Test
    void aMeetingNamingAParkTwiceIsRefused() {
        assertRefusedOn(holding(List.of("park-1", "park-1"), 0, 0), "parkIds");
    }

    @Test
    void moreIssuesResolvedThanRaisedIsRefused() {
        assertRefusedOn(holding(List.of("park-1"), 2, 3), "issuesResolved");
    }

    @Test
    void aNegativeCountIsRefusedNamingIt() {
        assertRefusedOn(holding(List.of("park-1"), -1, 0), "issuesRaised");
    }

    @Test
    void aMissingChairIsRefused() {
        assertRefusedOn(new DispatchCommands.Hold(HELD_ON, null, List.of("park-1"), 1, 0), "chair");
    }
}
