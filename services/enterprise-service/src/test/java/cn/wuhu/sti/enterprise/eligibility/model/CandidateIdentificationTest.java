package cn.wuhu.sti.enterprise.eligibility.model;

import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.firm;
import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.holdingHighTech;
import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.rdShareAtLeast;
import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.events.enterprise.CandidateIdentified;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CandidateIdentificationTest {

    private final RuleSets national = RuleSets.of(NationalCriteria.highTech());

    @Test
    void aFirstReportThatMeetsEveryCriterionIdentifiesTheFirmAsACandidate() {
        var firm = firm(1);

        var filed = firm.fileAnnualReport(report(2024).filing());

        assertThat(CandidateIdentification.identify(firm, filed, national))
                .containsExactly(new CandidateIdentified(
                        firm.uscc().value(),
                        firm.district(),
                        Tier.HIGH_TECH,
                        2024,
                        1,
                        "HIGH_TECH-2016-01-01",
                        LocalDate.of(2016, 1, 1)));
    }

    @Test
    void aReportThatMissesACriterionIdentifiesNothing() {
        var firm = firm(2);

        var filed = firm.fileAnnualReport(report(2024).rdExpense("499000").filing());

        assertThat(CandidateIdentification.identify(firm, filed, national)).isEmpty();
    }

    @Test
    void aCorrectionThatMakesTheFirmEligibleIdentifiesItWithItsRevision() {
        var firm = firm(3);
        firm.fileAnnualReport(report(2024).rdExpense("499000").filing());

        var corrected = firm.fileAnnualReport(report(2024).filing());

        assertThat(CandidateIdentification.identify(firm, corrected, national))
                .singleElement()
                .extracting(CandidateIdentified::reportRevision)
                .isEqualTo(2);
    }

    @Test
    void aCorrectionThatKeepsTheFirmEligibleIdentifiesNothingAgain() {
        var firm = firm(4);
        firm.fileAnnualReport(report(2024).filing());

        var corrected = firm.fileAnnualReport(report(2024).rdExpense("700000").filing());

        assertThat(CandidateIdentification.identify(firm, corrected, national)).isEmpty();
    }

    @Test
    void anEligibleReportOfAnotherYearDoesNotCountAsThePreviousRevision() {
        var firm = firm(5);
        firm.fileAnnualReport(report(2023).filing());

        var filed = firm.fileAnnualReport(report(2024).filing());

        assertThat(CandidateIdentification.identify(firm, filed, national)).hasSize(1);
    }

    @Test
    void aFirmHoldingTheTierOnTheLastDayOfTheYearIsNoCandidateForIt() {
        var holder = holdingHighTech(6, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28));
        var lapsing = holdingHighTech(7, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 28));

        var holderFiled = holder.fileAnnualReport(report(2024).filing());
        var lapsingFiled = lapsing.fileAnnualReport(report(2024).filing());

        assertThat(CandidateIdentification.identify(holder, holderFiled, national))
                .isEmpty();
        assertThat(CandidateIdentification.identify(lapsing, lapsingFiled, national))
                .hasSize(1);
    }

    @Test
    void eachTierWithARuleSetInForceIsJudgedByItsOwn() {
        var ruleSets = RuleSets.of(
                NationalCriteria.highTech(),
                rdShareAtLeast(Tier.TECH_SME, LocalDate.of(2020, 1, 1), "3"),
                rdShareAtLeast(Tier.SRDI_SME, LocalDate.of(2020, 1, 1), "7"));
        var firm = firm(8);

        var filed = firm.fileAnnualReport(report(2024).filing());

        assertThat(CandidateIdentification.identify(firm, filed, ruleSets))
                .extracting(CandidateIdentified::tier, CandidateIdentified::ruleSetId)
                .containsExactly(
                        tuple(Tier.TECH_SME, "TECH_SME-2020-01-01"), tuple(Tier.HIGH_TECH, "HIGH_TECH-2016-01-01"));
    }

    @Test
    void theRuleSetInForceAtTheEndOfTheReportsYearJudgesIt() {
        var ruleSets =
                RuleSets.of(NationalCriteria.highTech(), rdShareAtLeast(Tier.HIGH_TECH, LocalDate.of(2025, 1, 1), "8"));
        var firm = firm(9);

        var of2024 = firm.fileAnnualReport(report(2024).filing());
        var of2025 = firm.fileAnnualReport(report(2025).filing());

        assertThat(CandidateIdentification.identify(firm, of2024, ruleSets))
                .extracting(CandidateIdentified::ruleSetId)
                .containsExactly("HIGH_TECH-2016-01-01");
        assertThat(CandidateIdentification.identify(firm, of2025, ruleSets)).isEmpty();
    }

    @Test
    void withoutARuleSetInForceNothingIsIdentified() {
        var firm = firm(10);

        var filed = firm.fileAnnualReport(report(2015).filing());

        assertThat(CandidateIdentification.identify(firm, filed, national)).isEmpty();
    }
}
