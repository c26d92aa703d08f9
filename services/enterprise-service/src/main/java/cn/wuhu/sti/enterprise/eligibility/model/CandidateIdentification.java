package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.CandidateIdentified;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which tiers a filing makes a firm a candidate for: those with a rule set in force on 31 December of the report's
 * year that the filed revision meets in full, that the firm does not hold on that day, and that the revision before
 * it (if any) did not meet. A filing that keeps a firm eligible, or a firm that already holds the tier, adds nothing.
 */
public final class CandidateIdentification {

    public static List<CandidateIdentified> identify(
            Enterprise firmAfterFiling, AnnualReportFiled filed, RuleSets ruleSets) {
        LocalDate yearEnd = Candidates.yearEnd(filed.year());
        AnnualReport report = AnnualReport.of(filed);
        Optional<AnnualReport> previous = firmAfterFiling.annualReports().stream()
                .filter(r -> r.year() == filed.year() && r.revision() == filed.revision() - 1)
                .findFirst();
        return ruleSets.inForceOn(yearEnd).stream()
                .filter(ruleSet -> !firmAfterFiling.holdsValid(ruleSet.tier(), yearEnd))
                .filter(ruleSet -> ruleSet.judge(report).eligible())
                .filter(ruleSet ->
                        previous.map(p -> !ruleSet.judge(p).eligible()).orElse(true))
                .map(ruleSet -> new CandidateIdentified(
                        filed.uscc(),
                        filed.district(),
                        ruleSet.tier(),
                        filed.year(),
                        filed.revision(),
                        ruleSet.id(),
                        ruleSet.effectiveFrom()))
                .toList();
    }

    private CandidateIdentification() {}
}
