package cn.wuhu.sti.reporting.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure of the indicator system (“大科技”评价指标体系) for a year: its contract code, Chinese name and unit;
 * when the bureau set one for the year, its {@code target} and {@code progress} (value / target, percent); once the
 * year is published, the {@code published} value and whether the current one differs from it ({@code restated}).
 */
public record Indicator(
        String code,
        String name,
        BigDecimal value,
        String unit,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal target,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal progress,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal published,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean restated) {

    public Indicator(String code, String name, BigDecimal value, String unit) {
        this(code, name, value, unit, null, null, null, null);
    }

    /** The same figure measured against {@code target}; a target of zero gives no progress. */
    public Indicator against(BigDecimal target) {
        BigDecimal progress =
                target.signum() == 0 ? null : value.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
        return new Indicator(code, name, value, unit, target, progress, published, restated);
    }

    /** The same figure beside the value published for its year: restated when a later fact moved it. */
    public Indicator publishedAs(BigDecimal publishedValue) {
        return new Indicator(
                code, name, value, unit, target, progress, publishedValue, value.compareTo(publishedValue) != 0);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Unit of indicators that count firms. */
    public static final String FIRMS = "家";
    /** Unit of indicators that count teams, projects and other items. */
    public static final String ITEMS = "个";
    /** Unit of indicators that count registered contracts, achievements and approved projects. */
    public static final String PROJECTS = "项";
    /** Unit of indicators that count occurrences: matches, activities. */
    public static final String TIMES = "次";
    /** Unit of ratios, in percent with two decimals. */
    public static final String PERCENT = "%";
    /** Unit of amounts: exact yuan. */
    public static final String YUAN = "元";
}
