package cn.wuhu.sti.enterprise.eligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aRuleSetIsNamedByItsTierAndTheDayItTakesEffect() {
        var ruleSet = RuleSet.define(definition(LocalDate.of(2027, 1, 1), rdShare("5")), TODAY);

        assertThat(ruleSet.id()).isEqualTo("TECH_SME-2027-01-01");
        assertThat(ruleSet.title()).hasValue("科技型中小企业评价（试行）");
    }

    @Test
    void aRuleSetMayTakeEffectFromTheFirstDayOfTheCurrentYearButNotInAYearThatHasEnded() {
        assertThat(RuleSet.define(definition(LocalDate.of(2026, 1, 1), rdShare("5")), TODAY)
                        .effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertRefused(definition(LocalDate.of(2025, 12, 31), rdShare("5")), "effectiveFrom", "years that have ended");
    }

    @Test
    void aRuleSetOnRecordKeepsTheDateItTookEffect() {
        assertThat(RuleSet.recorded(definition(LocalDate.of(2016, 1, 1), rdShare("5")))
                        .id())
                .isEqualTo("TECH_SME-2016-01-01");
    }

    @Test
    void aRuleSetNeedsATierADateAndCriteria() {
        assertRefused(
                new RuleSet.Definition(null, LocalDate.of(2027, 1, 1), null, List.of(rdShare("5"))),
                "tier",
                "required");
        assertRefused(
                new RuleSet.Definition(Tier.TECH_SME, null, null, List.of(rdShare("5"))), "effectiveFrom", "required");
        assertRefused(
                new RuleSet.Definition(Tier.TECH_SME, LocalDate.of(2027, 1, 1), null, List.of()), "criteria", "empty");
    }

    @Test
    void aCriterionHasEitherAMinimumOrBandsNeverBothNorNeither() {
        var both = new Criterion(
                "rd.expense.share", Measure.RD_EXPENSE_SHARE, BigDecimal.ONE, List.of(band(null, null, "3")));
        var neither = new Criterion("rd.expense.share", Measure.RD_EXPENSE_SHARE, null, List.of());

        assertRefused(definition(LocalDate.of(2027, 1, 1), both), "criteria[0].bands", "left out");
        assertRefused(definition(LocalDate.of(2027, 1, 1), neither), "criteria[0].minimum", "required");
    }

    @Test
    void aMinimumIsNeverNegativeAndAShareNeverAboveOneHundred() {
        assertRefused(definition(LocalDate.of(2027, 1, 1), rdShare("-0.01")), "criteria[0].minimum", "negative");
        assertRefused(definition(LocalDate.of(2027, 1, 1), rdShare("100.01")), "criteria[0].minimum", "at most 100");
        assertThat(RuleSet.define(
                                definition(
                                        LocalDate.of(2027, 1, 1),
                                        Criterion.atLeast("revenue", Measure.REVENUE, new BigDecimal("500000000"))),
                                TODAY)
                        .criteria())
                .hasSize(1);
    }

    @Test
    void twoCriteriaCannotShareACode() {
        assertRefused(
                definition(LocalDate.of(2027, 1, 1), rdShare("5"), rdShare("4")),
                "criteria[1].code",
                "repeats the code of criteria[0]");
    }

    @Test
    void bandsRunUpwardFromZeroWithoutOverlap() {
        var overlapping = banded(band(null, "50000000", "5"), band("40000000", null, "4"));

        assertRefused(
                definition(LocalDate.of(2027, 1, 1), overlapping), "criteria[0].bands[1].revenueOver", "overlaps");
    }

    @Test
    void bandsOutOfOrderAreRefused() {
        var outOfOrder = banded(band(null, "200000000", "4"), band("50000000", null, "5"));

        assertRefused(
                definition(LocalDate.of(2027, 1, 1), outOfOrder), "criteria[0].bands[1].revenueOver", "out of order");
    }

    @Test
    void bandsLeaveNoGapAndCoverEveryRevenue() {
        assertRefused(
                definition(LocalDate.of(2027, 1, 1), banded(band(null, "50000000", "5"), band("60000000", null, "4"))),
                "criteria[0].bands[1].revenueOver",
                "gap");
        assertRefused(
                definition(LocalDate.of(2027, 1, 1), banded(band("0", null, "5"))),
                "criteria[0].bands[0].revenueOver",
                "zero revenue");
        assertRefused(
                definition(LocalDate.of(2027, 1, 1), banded(band(null, "50000000", "5"))),
                "criteria[0].bands[0].revenueUpTo",
                "no upper limit");
    }

    @Test
    void aBandNeedsAMinimumThatIsNotNegative() {
        assertRefused(
                definition(LocalDate.of(2027, 1, 1), banded(band(null, "50000000", "5"), band("50000000", null, "-1"))),
                "criteria[0].bands[1].minimum",
                "negative");
    }

    @Test
    void aRuleSetEffectiveIn2025DoesNotChangeWhichRulesJudge2024() {
        var national = NationalCriteria.highTech();
        var stricter = EligibilityMother.rdShareAtLeast(Tier.HIGH_TECH, LocalDate.of(2025, 1, 1), "8");
        var ruleSets = RuleSets.of(national, stricter);

        assertThat(ruleSets.inForce(Tier.HIGH_TECH, LocalDate.of(2024, 12, 31))).contains(national);
        assertThat(ruleSets.inForce(Tier.HIGH_TECH, LocalDate.of(2025, 1, 1))).contains(stricter);
        assertThat(ruleSets.inForce(Tier.HIGH_TECH, LocalDate.of(2015, 12, 31))).isEmpty();
        assertThat(ruleSets.inForce(Tier.TECH_SME, LocalDate.of(2025, 12, 31))).isEmpty();
    }

    private static void assertRefused(RuleSet.Definition definition, String field, String reason) {
        assertThatThrownBy(() -> RuleSet.define(definition, TODAY))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field))
                .hasMessageContaining(reason);
    }

    private static RuleSet.Definition definition(LocalDate effectiveFrom, Criterion... criteria) {
        return new RuleSet.Definition(Tier.TECH_SME, effectiveFrom, "科技型中小企业评价（试行）", List.of(criteria));
    }

    private static Criterion rdShare(String minimum) {
        return Criterion.atLeast("rd.expense.share", Measure.RD_EXPENSE_SHARE, new BigDecimal(minimum));
    }

    private static Criterion banded(Band... bands) {
        return Criterion.banded("rd.expense.share", Measure.RD_EXPENSE_SHARE, List.of(bands));
    }

    private static Band band(String over, String upTo, String minimum) {
        return new Band(
                over == null ? null : new BigDecimal(over),
                upTo == null ? null : new BigDecimal(upTo),
                new BigDecimal(minimum));
    }
}
