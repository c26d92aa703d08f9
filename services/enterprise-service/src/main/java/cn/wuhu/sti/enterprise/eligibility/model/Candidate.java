package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import java.util.Comparator;

/** A firm without the tier, its report of the year in force, and how that report fares by the tier's rule set. */
public record Candidate(Enterprise firm, AnnualReport report, Evaluation evaluation) {

    /** Eligible first, then the fewest unmet criteria, then the smallest relative shortfall, then by USCC. */
    public static final Comparator<Candidate> NEAR_MISSES_FIRST = Comparator.comparing(
                    (Candidate c) -> !c.evaluation().eligible())
            .thenComparingInt(c -> c.evaluation().unmet())
            .thenComparing(c -> c.evaluation().relativeShortfall())
            .thenComparing(c -> c.firm().uscc().value());
}
