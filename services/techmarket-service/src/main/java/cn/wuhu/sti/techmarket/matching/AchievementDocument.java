package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.model.Achievement;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an achievement is stored; {@code description} and {@code district} are absent where it has none. */
@Document("achievements")
record AchievementDocument(
        @Id String id,
        String title,
        String description,
        String owner,
        Industry industry,
        LocalDate publishedOn,
        District district) {

    static AchievementDocument of(Achievement achievement) {
        return new AchievementDocument(
                achievement.id(),
                achievement.title(),
                achievement.description().orElse(null),
                achievement.owner(),
                achievement.industry(),
                achievement.publishedOn(),
                achievement.district().orElse(null));
    }

    Achievement toAchievement() {
        return new Achievement(
                id,
                title,
                Optional.ofNullable(description),
                owner,
                industry,
                publishedOn,
                Optional.ofNullable(district));
    }
}
