package cn.wuhu.sti.techmarket.activity.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A matchmaking activity that was held: a city-leader forum for one industry, an innovation fair or another
 * industry–university–research event. It counts in the year it was held, and in its district when it has one.
 */
public record Activity(
        String id,
        String title,
        ActivityKind kind,
        LocalDate heldOn,
        Optional<District> district,
        Optional<Industry> industry) {

    // The longest title the published schemas allow.
    private static final int TITLE_LENGTH = 200;

    /** An activity as stored. */
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(industry, "industry");
    }

    public static Change<Activity, MatchmakingActivityHeld> hold(ActivityCommands.Hold command, String id) {
        var activity = new Activity(
                id,
                Require.text("title", command.title(), TITLE_LENGTH),
                Require.present("kind", command.kind()),
                Require.present("heldOn", command.heldOn()),
                Optional.ofNullable(command.district()),
                Optional.ofNullable(command.industry()));
        var event = new MatchmakingActivityHeld(
                id, activity.title(), activity.kind(), activity.heldOn(), activity.district(), activity.industry());
        return new Change<>(activity, event);
    }
}
