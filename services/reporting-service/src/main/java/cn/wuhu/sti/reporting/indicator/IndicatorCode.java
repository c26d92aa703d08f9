package cn.wuhu.sti.reporting.indicator;

import java.math.BigDecimal;

/** A code of the contract's indicator table with its Chinese name and unit; each context lists its own in an enum. */
public interface IndicatorCode {

    /**
     * What the contract says of one code. {@code cityWideOnly}: the indicator counts facts that name no district, so
     * a district's report leaves it out — a 0 there would claim the district had none.
     */
    record Definition(String code, String chineseName, String unit, boolean cityWideOnly) {}

    Definition definition();

    default String code() {
        return definition().code();
    }

    default boolean cityWideOnly() {
        return definition().cityWideOnly();
    }

    default Indicator of(BigDecimal value) {
        return new Indicator(
                definition().code(),
                definition().chineseName(),
                value,
                definition().unit());
    }
}
