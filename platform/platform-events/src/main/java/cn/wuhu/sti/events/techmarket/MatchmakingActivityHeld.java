package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A matchmaking activity was held; it counts in the year of {@code heldOn}, and in {@code district} when one is
 * given.
 */
public record MatchmakingActivityHeld(
        String activityId,
        String title,
        ActivityKind kind,
        LocalDate heldOn,
        Optional<District> district,
        Optional<Industry> industry)
        implements ActivityEvent {}
