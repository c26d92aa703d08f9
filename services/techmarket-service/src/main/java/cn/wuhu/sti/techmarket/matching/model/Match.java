package cn.wuhu.sti.techmarket.matching.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.AchievementMatched;
import cn.wuhu.sti.reference.District;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A match (对接) of one achievement with one demand. A pair is matched once: the match's id is derived from the pair
 * alone ({@link #idOf}), so the application stores a match under that id and a second match of the pair is the
 * store's duplicate-key conflict, with no read before the write and no race between two requests.
 */
public record Match(
        String id, String achievementId, String demandId, LocalDate matchedOn, Optional<District> district) {

    /** A match as stored. */
    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(matchedOn, "matchedOn");
        Objects.requireNonNull(district, "district");
        if (!id.equals(idOf(achievementId, demandId))) {
            throw new IllegalArgumentException("Match " + id + " is not the id of its pair");
        }
    }

    /**
     * The id of the match of this pair, the same whenever it is asked: a name-based UUID (RFC 4122 version 3) of the
     * two ids, the first prefixed by its length so no two pairs share a name.
     */
    public static String idOf(String achievementId, String demandId) {
        String name = achievementId.length() + ":" + achievementId + "/" + demandId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Matches the two, no earlier than either was published. It counts in the district the command names, else in
     * the demand's: the match lands where the technology is needed.
     */
    public static Change<Match, AchievementMatched> between(
            Achievement achievement, Demand demand, MatchingCommands.Match command) {
        LocalDate matchedOn = Require.present("matchedOn", command.matchedOn());
        LocalDate bothPublished = achievement.publishedOn().isAfter(demand.publishedOn())
                ? achievement.publishedOn()
                : demand.publishedOn();
        if (matchedOn.isBefore(bothPublished)) {
            throw new RuleViolation(
                    "matchedOn",
                    "must not be before " + bothPublished + ", when both the achievement and the demand were out");
        }
        Optional<District> district = Optional.ofNullable(command.district()).or(demand::district);
        var match = new Match(idOf(achievement.id(), demand.id()), achievement.id(), demand.id(), matchedOn, district);
        var event = new AchievementMatched(match.id(), achievement.id(), demand.id(), matchedOn, district);
        return new Change<>(match, event);
    }
}
