package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.model.Achievement;
import cn.wuhu.sti.techmarket.matching.model.Demand;
import cn.wuhu.sti.techmarket.matching.model.Match;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** The response bodies of the achievement, demand and match API; never the stored documents. */
final class MatchingViews {

    record AchievementView(
            String id,
            String title,
            String owner,
            Industry industry,
            LocalDate publishedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description,
            @JsonInclude(JsonInclude.Include.NON_NULL) District district) {

        static AchievementView of(Achievement achievement) {
            return new AchievementView(
                    achievement.id(),
                    achievement.title(),
                    achievement.owner(),
                    achievement.industry(),
                    achievement.publishedOn(),
                    achievement.description().orElse(null),
                    achievement.district().orElse(null));
        }
    }

    record DemandView(
            String id,
            String title,
            String enterpriseUscc,
            Industry industry,
            LocalDate publishedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description,
            @JsonInclude(JsonInclude.Include.NON_NULL) District district) {

        static DemandView of(Demand demand) {
            return new DemandView(
                    demand.id(),
                    demand.title(),
                    demand.enterpriseUscc().value(),
                    demand.industry(),
                    demand.publishedOn(),
                    demand.description().orElse(null),
                    demand.district().orElse(null));
        }
    }

    record MatchView(
            String id,
            String achievementId,
            String demandId,
            LocalDate matchedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) District district) {

        static MatchView of(Match match) {
            return new MatchView(
                    match.id(),
                    match.achievementId(),
                    match.demandId(),
                    match.matchedOn(),
                    match.district().orElse(null));
        }
    }

    /** An achievement suggested for a demand; a higher {@code score} is more relevant (Lucene's BM25 score). */
    record SuggestionView(
            String id,
            String title,
            String owner,
            Industry industry,
            LocalDate publishedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description,
            float score) {

        static SuggestionView of(Achievement achievement, float score) {
            return new SuggestionView(
                    achievement.id(),
                    achievement.title(),
                    achievement.owner(),
                    achievement.industry(),
                    achievement.publishedOn(),
                    achievement.description().orElse(null),
                    score);
        }
    }

    private MatchingViews() {}
}
