package cn.wuhu.sti.reporting.indicator;

import java.math.BigDecimal;

/** A code of the contract's indicator table with its Chinese name and unit; each context lists its own in an enum. */
public interface IndicatorCode {

    String code();

    String chineseName();

    String unit();

    /**
     * Whether the indicator counts facts that name no district, so a district's report leaves it out: a 0 there
     * would claim the district had none.
     */
    boolean cityWideOnly();

    default Indicator of(BigDecimal value) {
        return new Indicator(code(), chineseName(), value, unit());
    }
}
