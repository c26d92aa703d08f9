package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics demo gives the seed's figures, read from the bodies it posts, not from its own constants. */
class StatisticsDemoPlanTest {

    private static final StatisticsDemoPlan PLAN = StatisticsDemoPlan.generate();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void itReportsTwentyTwentyTwoAndTwentyTwentyThreeToReporting() {
        assertThat(PLAN.reports()).extracting(DemoItem::path).containsOnly("/api/reports/statistics");
        assertThat(PLAN.reports()).extracting(item -> body(item).get("year")).containsExactly(2022, 2023);
    }

    @Test
    void twentyTwentyThreesResearchIsTheSeeds169Point4YiAt3Point76PercentOfGdp() {
        Map<String, Object> of2023 = body(PLAN.reports().get(1));

        assertThat(amount(of2023, "rdExpenditure")).isEqualByComparingTo("16940000000");
        assertThat(intensity(of2023)).isEqualTo(new BigDecimal("3.76"));
    }

    @Test
    void theIntensityRoseByTheSeeds0Point28PointsFrom3Point48() {
        BigDecimal of2022 = intensity(body(PLAN.reports().get(0)));

        assertThat(of2022).isEqualTo(new BigDecimal("3.48"));
        assertThat(intensity(body(PLAN.reports().get(1))).subtract(of2022)).isEqualTo(new BigDecimal("0.28"));
    }

    @Test
    void fiscalSpendingIsTheSeeds78Point2YiUpExactly7Point04PercentToFourDecimals() {
        BigDecimal of2022 = amount(body(PLAN.reports().get(0)), "fiscalStiSpending");
        BigDecimal of2023 = amount(body(PLAN.reports().get(1)), "fiscalStiSpending");

        assertThat(of2023).isEqualByComparingTo("7820000000");
        assertThat(of2023.multiply(HUNDRED)
                        .divide(of2022, 4, RoundingMode.HALF_UP)
                        .subtract(HUNDRED))
                .isEqualTo(new BigDecimal("7.0400"));
    }

    @Test
    void theLauncherWaitsForTheFiguresItPosted() {
        Map<String, Object> of2023 = body(PLAN.reports().get(1));

        assertThat(PLAN.expected2023())
                .containsEntry("rd.intensity", intensity(of2023))
                .containsEntry("stats.rd.expenditure.amount", amount(of2023, "rdExpenditure"))
                .containsEntry("stats.gdp.amount", amount(of2023, "gdp"))
                .containsEntry("stats.fiscal.sti.amount", amount(of2023, "fiscalStiSpending"));
    }

    private static BigDecimal intensity(Map<String, Object> report) {
        return amount(report, "rdExpenditure").multiply(HUNDRED).divide(amount(report, "gdp"), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal amount(Map<String, Object> report, String field) {
        return (BigDecimal) report.get(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(DemoItem item) {
        return (Map<String, Object>) item.body();
    }
}
