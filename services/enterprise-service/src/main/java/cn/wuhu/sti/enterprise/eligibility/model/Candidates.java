package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.enterprise.model.Enterprise;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Candidates for the next rung (梯度培育后备): every firm with a report for the year that does not hold the rule set's
 * tier on 31 December, judged by its latest report of the year.
 */
public final class Candidates {

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** Ordered as {@link Candidate#NEAR_MISSES_FIRST}. */
    public static List<Candidate> of(RuleSet ruleSet, int year, Collection<Enterprise> firms) {
        LocalDate yearEnd = yearEnd(year);
        return firms.stream()
                .filter(firm -> !firm.holdsValid(ruleSet.tier(), yearEnd))
                .flatMap(firm -> candidate(ruleSet, year, firm).stream())
                .sorted(Candidate.NEAR_MISSES_FIRST)
                .toList();
    }

    private static Optional<Candidate> candidate(RuleSet ruleSet, int year, Enterprise firm) {
        return firm.latestReportFor(year).map(report -> new Candidate(firm, report, ruleSet.judge(report)));
    }

    private Candidates() {}
}
