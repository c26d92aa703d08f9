package cn.wuhu.sti.enterprise.eligibility.model;

import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.firm;
import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.holdingHighTech;
import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.report;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private final RuleSet national = NationalCriteria.highTech();

    @Test
    void aFirmHoldingTheTierOnTheLastDayOfTheYearIsNoCandidateButOneWhoseCertificateEndedEarlierIs() {
        var holder = holdingHighTech(1, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
        var lapsed = holdingHighTech(2, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 30));
        filed(holder, report(2024));
        filed(lapsed, report(2024));

        assertThat(usccs(Candidates.of(national, 2024, List.of(holder, lapsed))))
                .containsExactly(lapsed.uscc().value());
    }

    @Test
    void aFirmIsJudgedByItsLatestReportOfTheYear() {
        var firm = firm(3);
        filed(firm, report(2024));
        filed(firm, report(2024).rdExpense("100000"));

        var candidate = Candidates.of(national, 2024, List.of(firm)).get(0);

        assertThat(candidate.report().revision()).isEqualTo(2);
        assertThat(candidate.evaluation().eligible()).isFalse();
    }

    @Test
    void aFirmWithoutAReportForTheYearIsNoCandidate() {
        var firm = firm(4);
        filed(firm, report(2023));

        assertThat(Candidates.of(national, 2024, List.of(firm))).isEmpty();
    }

    @Test
    void eligibleFirmsComeFirstThenTheFewestUnmetCriteriaThenTheNearestMisses() {
        var twoUnmet = filed(firm(10), report(2024).rdExpense("100000").highTechRevenue("1000000"));
        var farMiss = filed(firm(11), report(2024).rdExpense("300000"));
        var nearMiss = filed(firm(12), report(2024).rdExpense("499000"));
        var eligibleLater = filed(firm(14), report(2024));
        var eligible = filed(firm(13), report(2024));

        var ranked = Candidates.of(national, 2024, List.of(twoUnmet, farMiss, nearMiss, eligibleLater, eligible));

        assertThat(usccs(ranked))
                .containsExactly(
                        eligible.uscc().value(),
                        eligibleLater.uscc().value(),
                        nearMiss.uscc().value(),
                        farMiss.uscc().value(),
                        twoUnmet.uscc().value());
        assertThat(ranked.get(2).evaluation().unmet()).isEqualTo(1);
        assertThat(ranked.get(4).evaluation().unmet()).isEqualTo(2);
    }

    @Test
    void aNearMissIsMeasuredAgainstItsMinimumNotInPoints() {
        // 9.5 % staff misses 10 by 5 % of the minimum, 58.2 % high-tech revenue misses 60 by 3 %, 56 % by 6.7 %:
        // the nearest miss comes first, whatever its criterion.
        var staffMiss = filed(firm(20), report(2024).staff(95, 1000));
        var revenueMiss = filed(firm(21), report(2024).highTechRevenue("5820000"));
        var widerRevenueMiss = filed(firm(22), report(2024).highTechRevenue("5600000"));

        assertThat(usccs(Candidates.of(national, 2024, List.of(staffMiss, revenueMiss, widerRevenueMiss))))
                .containsExactly(
                        revenueMiss.uscc().value(),
                        staffMiss.uscc().value(),
                        widerRevenueMiss.uscc().value());
    }

    @Test
    void aRuleSetEffectiveIn2025DoesNotChangeTheCandidatesOf2024() {
        var firm = filed(firm(30), report(2024));
        filed(firm, report(2025));
        var ruleSets =
                RuleSets.of(national, EligibilityMother.rdShareAtLeast(Tier.HIGH_TECH, LocalDate.of(2025, 1, 1), "8"));

        var of2024 = Candidates.of(
                ruleSets.inForce(Tier.HIGH_TECH, Candidates.yearEnd(2024)).orElseThrow(), 2024, List.of(firm));
        var of2025 = Candidates.of(
                ruleSets.inForce(Tier.HIGH_TECH, Candidates.yearEnd(2025)).orElseThrow(), 2025, List.of(firm));

        assertThat(of2024.get(0).evaluation().eligible()).isTrue();
        assertThat(of2024.get(0).evaluation().criteria()).hasSize(3);
        assertThat(of2025.get(0).evaluation().eligible()).isFalse();
        assertThat(of2025.get(0).evaluation().criteria()).hasSize(1);
    }

    private static Enterprise filed(Enterprise firm, EligibilityMother.Report report) {
        firm.fileAnnualReport(report.filing());
        return firm;
    }

    private static List<String> usccs(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.firm().uscc().value()).toList();
    }
}
