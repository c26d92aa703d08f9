package cn.wuhu.sti.enterprise.eligibility.model;

import static cn.wuhu.sti.enterprise.eligibility.model.EligibilityMother.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The national high-tech criteria at their exact boundaries. */
class NationalCriteriaTest {

    private final RuleSet highTech = NationalCriteria.highTech();

    @Test
    void theDefaultIsNamedByItsTierAndDate() {
        assertThat(highTech.id()).isEqualTo("HIGH_TECH-2016-01-01");
        assertThat(highTech.criteria())
                .extracting(Criterion::code)
                .containsExactly("rd.expense.share", "scitech.staff.share", "hightech.revenue.share");
    }

    @Test
    void aRevenueOfExactlyFiftyMillionNeedsFivePercent() {
        assertThat(rdRequired("50000000")).isEqualByComparingTo("5");
        assertThat(rdRequired("50000000.01")).isEqualByComparingTo("4");
    }

    @Test
    void aRevenueOfExactlyTwoHundredMillionNeedsFourPercent() {
        assertThat(rdRequired("200000000")).isEqualByComparingTo("4");
        assertThat(rdRequired("200000000.01")).isEqualByComparingTo("3");
    }

    @Test
    void aSmallFirmNeedsFivePercentAndALargeOneThree() {
        assertThat(rdRequired("0")).isEqualByComparingTo("5");
        assertThat(rdRequired("3000000000")).isEqualByComparingTo("3");
    }

    @Test
    void anRdShareOfExactlyFivePercentUnderFiftyMillionIsMet() {
        var rd = judge(report(2023).revenue("50000000").rdExpense("2500000"), "rd.expense.share");

        assertThat(rd.met()).isTrue();
        assertThat(rd.actual()).isEqualByComparingTo("5.00");
        assertThat(rd.shortfall()).isEqualByComparingTo("0");
    }

    @Test
    void anRdShareOfFourNinetyNineUnderFiftyMillionIsANearMissByOneHundredth() {
        var evaluation = highTech.judge(
                report(2023).revenue("10000000").rdExpense("499000").asFiled());

        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.unmet()).isEqualTo(1);
        var rd = evaluation.criteria().get(0);
        assertThat(rd.code()).isEqualTo("rd.expense.share");
        assertThat(rd.met()).isFalse();
        assertThat(rd.required()).isEqualByComparingTo("5");
        assertThat(rd.actual()).isEqualByComparingTo("4.99");
        assertThat(rd.shortfall()).isEqualByComparingTo("0.01");
    }

    @Test
    void fourPercentIsEnoughJustAboveFiftyMillionButNotAtIt() {
        assertThat(judge(report(2023).revenue("50000000.01").rdExpense("2000000.0004"), "rd.expense.share")
                        .met())
                .isTrue();
        assertThat(judge(report(2023).revenue("50000000").rdExpense("2000000"), "rd.expense.share")
                        .met())
                .isFalse();
    }

    @Test
    void threePercentIsEnoughJustAboveTwoHundredMillionButNotAtIt() {
        assertThat(judge(report(2023).revenue("200000000.01").rdExpense("6000000.0003"), "rd.expense.share")
                        .met())
                .isTrue();
        assertThat(judge(report(2023).revenue("200000000").rdExpense("6000000"), "rd.expense.share")
                        .met())
                .isFalse();
    }

    @Test
    void aShareJustUnderTheMinimumShowsRoundedDownAndItsShortfallRoundedUp() {
        var rd = judge(report(2023).revenue("100000000").rdExpense("3999999"), "rd.expense.share");

        assertThat(rd.met()).isFalse();
        assertThat(rd.actual()).isEqualByComparingTo("3.99");
        assertThat(rd.shortfall()).isEqualByComparingTo("0.01");
    }

    @Test
    void sciTechStaffOfExactlyTenPercentIsMetAndNineNinetyNineIsNot() {
        var exactly = judge(report(2023).staff(100, 1000), "scitech.staff.share");
        var under = judge(report(2023).staff(999, 10000), "scitech.staff.share");

        assertThat(exactly.met()).isTrue();
        assertThat(exactly.actual()).isEqualByComparingTo("10.00");
        assertThat(under.met()).isFalse();
        assertThat(under.actual()).isEqualByComparingTo("9.99");
        assertThat(under.shortfall()).isEqualByComparingTo("0.01");
    }

    @Test
    void highTechRevenueOfExactlySixtyPercentIsMetAndFiftyNineNinetyNineIsNot() {
        var exactly = judge(report(2023).revenue("10000000").highTechRevenue("6000000"), "hightech.revenue.share");
        var under = judge(report(2023).revenue("10000000").highTechRevenue("5999000"), "hightech.revenue.share");

        assertThat(exactly.met()).isTrue();
        assertThat(under.met()).isFalse();
        assertThat(under.actual()).isEqualByComparingTo("59.99");
        assertThat(under.shortfall()).isEqualByComparingTo("0.01");
    }

    @Test
    void noRevenueAndNoStaffMeetNoShareAndShowZero() {
        var evaluation = highTech.judge(report(2023)
                .revenue("0")
                .rdExpense("0")
                .highTechRevenue("0")
                .staff(0, 0)
                .asFiled());

        assertThat(evaluation.unmet()).isEqualTo(3);
        assertThat(evaluation.criteria()).allSatisfy(j -> assertThat(j.actual()).isEqualByComparingTo("0"));
        assertThat(evaluation.criteria().get(0).shortfall()).isEqualByComparingTo("5");
    }

    @Test
    void aReportMeetingEveryCriterionIsEligible() {
        var evaluation = highTech.judge(report(2023).asFiled());

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.unmet()).isZero();
        assertThat(evaluation.relativeShortfall()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private BigDecimal rdRequired(String revenue) {
        return judge(report(2023).revenue(revenue), "rd.expense.share").required();
    }

    private Judgement judge(EligibilityMother.Report report, String code) {
        return highTech.judge(report.asFiled()).criteria().stream()
                .filter(j -> j.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
