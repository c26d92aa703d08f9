package cn.wuhu.sti.techmarket.matching.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/**
 * What a caller can ask of the matching of achievements and demands, already checked for shape at the edge.
 * {@code description} and {@code district} may be null.
 */
public final class MatchingCommands {

    public record PublishAchievement(
            String title,
            String description,
            String owner,
            Industry industry,
            LocalDate publishedOn,
            District district) {}

    /** {@code enterpriseUscc} as typed; the demand validates it. */
    public record PublishDemand(
            String title,
            String description,
            String enterpriseUscc,
            Industry industry,
            LocalDate publishedOn,
            District district) {}

    /** A match of the achievement and the demand the application has loaded; without a district, the demand's. */
    public record Match(LocalDate matchedOn, District district) {}

    private MatchingCommands() {}
}
