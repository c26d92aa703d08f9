package cn.wuhu.sti.reporting.statistics.model;

import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The figures of one year that no service owns, exact yuan: 地区生产总值 ({@code gdp}, more than zero), 全社会研发经费
 * ({@code rdExpenditure}, at most {@code gdp}) and 财政科技支出 ({@code fiscalStiSpending}).
 */
public record YearFigures(BigDecimal gdp, BigDecimal rdExpenditure, BigDecimal fiscalStiSpending) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Figures as stored or kept: already checked, so only what the intensity's division needs is asserted. */
    public YearFigures {
        Objects.requireNonNull(gdp, "gdp");
        Objects.requireNonNull(rdExpenditure, "rdExpenditure");
        Objects.requireNonNull(fiscalStiSpending, "fiscalStiSpending");
        if (gdp.signum() <= 0) {
            throw new IllegalArgumentException("GDP must be more than zero, not " + gdp);
        }
    }

    /** The figures as reported, each refused by its field's name; returned with two decimals. */
    public static YearFigures reported(BigDecimal gdp, BigDecimal rdExpenditure, BigDecimal fiscalStiSpending) {
        BigDecimal checkedGdp = Require.amount("gdp", gdp);
        if (checkedGdp.signum() == 0) {
            throw new RuleViolation("gdp", "must be more than zero");
        }
        BigDecimal checkedRd = Require.amount("rdExpenditure", rdExpenditure);
        if (checkedRd.compareTo(checkedGdp) > 0) {
            throw new RuleViolation("rdExpenditure", "must not exceed gdp (" + checkedGdp.toPlainString() + ")");
        }
        return new YearFigures(checkedGdp, checkedRd, Require.amount("fiscalStiSpending", fiscalStiSpending));
    }

    /** 研发投入强度: R&amp;D expenditure in percent of GDP, rounded half-up to two decimals from the exact quotient. */
    public BigDecimal rdIntensity() {
        return rdExpenditure.multiply(HUNDRED).divide(gdp, 2, RoundingMode.HALF_UP);
    }
}
