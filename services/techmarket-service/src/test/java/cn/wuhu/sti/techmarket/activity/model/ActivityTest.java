package cn.wuhu.sti.techmarket.activity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final String ID = "activity-0001";
    private static final LocalDate HELD_ON = LocalDate.of(2023, 5, 19);

    @Test
    void aForumForOneIndustryWithNoDistrictIsRecordedAsSuch() {
        var command = new ActivityCommands.Hold(
                "新能源汽车产业科技畅聊会", ActivityKind.CITY_LEADER_FORUM, HELD_ON, null, Industry.NEV_ICV);

        var change = Activity.hold(command, ID);

        assertThat(change.event())
                .isEqualTo(new MatchmakingActivityHeld(
                        ID,
                        "新能源汽车产业科技畅聊会",
                        ActivityKind.CITY_LEADER_FORUM,
                        HELD_ON,
                        Optional.empty(),
                        Optional.of(Industry.NEV_ICV)));
    }

    @Test
    void anActivityInADistrictCountsThere() {
        var command = new ActivityCommands.Hold("双创汇", ActivityKind.INNOVATION_FAIR, HELD_ON, District.JINGHU, null);

        assertThat(Activity.hold(command, ID).aggregate().district()).contains(District.JINGHU);
    }

    @Test
    void anActivityWithoutAKindIsRefusedOnKind() {
        var command = new ActivityCommands.Hold("双创汇", null, HELD_ON, null, null);

        assertThatThrownBy(() -> Activity.hold(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void anActivityWithoutADateIsRefusedOnHeldOn() {
        var command = new ActivityCommands.Hold("双创汇", ActivityKind.INNOVATION_FAIR, null, null, null);

        assertThatThrownBy(() -> Activity.hold(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
    }

    @Test
    void anActivityWithoutATitleIsRefusedOnTitle() {
        var command = new ActivityCommands.Hold(" ", ActivityKind.OTHER, HELD_ON, null, null);

        assertThatThrownBy(() -> Activity.hold(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("title"));
    }
}
