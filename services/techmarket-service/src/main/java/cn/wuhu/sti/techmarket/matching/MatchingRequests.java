package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.model.MatchingCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the achievement, demand and match API, as the contract names their fields. */
final class MatchingRequests {

    /** {@code description} and {@code district} may be left out. */
    record AchievementRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String owner,
            @NotNull Industry industry,
            @NotNull LocalDate publishedOn,
            @Size(max = 2000) String description,
            District district) {

        MatchingCommands.PublishAchievement toCommand() {
            return new MatchingCommands.PublishAchievement(title, description, owner, industry, publishedOn, district);
        }
    }

    /** {@code description} and {@code district} may be left out. */
    record DemandRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(min = 18, max = 18) String enterpriseUscc,
            @NotNull Industry industry,
            @NotNull LocalDate publishedOn,
            @Size(max = 2000) String description,
            District district) {

        MatchingCommands.PublishDemand toCommand() {
            return new MatchingCommands.PublishDemand(
                    title, description, enterpriseUscc, industry, publishedOn, district);
        }
    }

    /** Without a {@code district} the match counts in the demand's. */
    record MatchRequest(
            @NotBlank @Size(max = 100) String achievementId,
            @NotBlank @Size(max = 100) String demandId,
            @NotNull LocalDate matchedOn,
            District district) {

        MatchingCommands.Match toCommand() {
            return new MatchingCommands.Match(matchedOn, district);
        }
    }

    private MatchingRequests() {}
}
