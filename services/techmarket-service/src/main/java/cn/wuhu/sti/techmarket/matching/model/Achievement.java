package cn.wuhu.sti.techmarket.matching.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.events.techmarket.AchievementPublished;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A published S&amp;T achievement (科技成果), owned by a firm, university or institute named by {@code owner}. It
 * counts in the year it was published, and in its district when it has one.
 */
public record Achievement(
        String id,
        String title,
        Optional<String> description,
        String owner,
        Industry industry,
        LocalDate publishedOn,
        Optional<District> district) {

    /** An achievement as stored. */
    public Achievement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(district, "district");
    }

    public static Change<Achievement, AchievementPublished> publish(
            MatchingCommands.PublishAchievement command, String id) {
        var achievement = new Achievement(
                id,
                Require.text("title", command.title(), Texts.TITLE_LENGTH),
                Require.optionalText("description", command.description(), Texts.DESCRIPTION_LENGTH),
                Require.text("owner", command.owner(), Texts.NAME_LENGTH),
                Require.present("industry", command.industry()),
                Require.present("publishedOn", command.publishedOn()),
                Optional.ofNullable(command.district()));
        var event = new AchievementPublished(
                id,
                achievement.title(),
                achievement.description(),
                achievement.owner(),
                achievement.industry(),
                achievement.publishedOn(),
                achievement.district());
        return new Change<>(achievement, event);
    }
}
