package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An achievement was published by {@code owner} (a firm, university or institute, by name); it counts in the year of
 * {@code publishedOn}, and in {@code district} when one is given.
 */
public record AchievementPublished(
        String achievementId,
        String title,
        Optional<String> description,
        String owner,
        Industry industry,
        LocalDate publishedOn,
        Optional<District> district)
        implements AchievementEvent {}
