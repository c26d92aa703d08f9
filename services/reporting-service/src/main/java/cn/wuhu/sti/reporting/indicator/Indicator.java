package cn.wuhu.sti.reporting.indicator;

import java.math.BigDecimal;

/** One figure of the indicator system (“大科技”评价指标体系) for a year: its contract code, Chinese name and unit. */
public record Indicator(String code, String name, BigDecimal value, String unit) {

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
