package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An achievement was matched with a demand; it counts in the year of {@code matchedOn}, and in {@code district}
 * when one is given.
 */
public record AchievementMatched(
        String matchId, String achievementId, String demandId, LocalDate matchedOn, Optional<District> district)
        implements MatchEvent {}
