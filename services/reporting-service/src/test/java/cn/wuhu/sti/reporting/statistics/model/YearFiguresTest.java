package cn.wuhu.sti.reporting.statistics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearFiguresTest {

    @Test
    void theSeedsTwoYearsGiveTheirIntensitiesToTheHundredthOfAPoint() {
        var figures2023 = figures("450500000000", "16940000000", "7820000000");
        var figures2022 = figures("430000000000", "14964000000", "7305680000");

        assertThat(figures2023.rdIntensity()).isEqualTo(new BigDecimal("3.76"));
        assertThat(figures2022.rdIntensity()).isEqualTo(new BigDecimal("3.48"));
    }

    @Test
    void anIntensityExactlyHalfwayRoundsUp() {
        assertThat(figures("100000", "3755", "0").rdIntensity()).isEqualTo(new BigDecimal("3.76"));
        assertThat(figures("100000000", "3754999", "0").rdIntensity()).isEqualTo(new BigDecimal("3.75"));
    }

    @Test
    void anIntensityIsRoundedFromTheExactQuotientNotFromARoundedOne() {
        // 1 / 3 of a percent, then two thirds: never 0.33 + 0.33 for the second
        assertThat(figures("300", "1", "0").rdIntensity()).isEqualTo(new BigDecimal("0.33"));
        assertThat(figures("300", "2", "0").rdIntensity()).isEqualTo(new BigDecimal("0.67"));
    }

    @Test
    void allOfTheGdpSpentOnResearchIsAHundredPercent() {
        assertThat(figures("12345.67", "12345.67", "0").rdIntensity()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aGdpOfNothingIsRefusedNamingTheGdp() {
        assertRefused("0", "0", "0", "gdp");
    }

    @Test
    void moreResearchThanGdpIsRefusedNamingTheResearch() {
        assertRefused("1000.00", "1000.01", "0", "rdExpenditure");
    }

    @Test
    void aFractionOfAFenOrANegativeAmountIsRefusedNamingItsField() {
        assertRefused("1000.001", "0", "0", "gdp");
        assertRefused("1000", "-1", "0", "rdExpenditure");
        assertRefused("1000", "0", "0.005", "fiscalStiSpending");
    }

    @Test
    void reportedFiguresKeepTwoDecimals() {
        assertThat(figures("1000", "10.5", "7").gdp()).isEqualTo(new BigDecimal("1000.00"));
    }

    private static YearFigures figures(String gdp, String rd, String fiscal) {
        return YearFigures.reported(new BigDecimal(gdp), new BigDecimal(rd), new BigDecimal(fiscal));
    }

    private static void assertRefused(String gdp, String rd, String fiscal, String field) {
        assertThatThrownBy(() -> figures(gdp, rd, fiscal))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo(field);
    }
}
