package cn.wuhu.sti.parks.park.model;

import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Floor areas in m², exact to the hundredth, and the occupancy they give. */
final class Areas {

    static final BigDecimal NONE = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** More than zero, at most two decimals (zeros after them do not count); returned with two decimals. */
    static BigDecimal positive(String field, BigDecimal value) {
        Require.present(field, value);
        if (value.signum() <= 0) {
            throw new RuleViolation(field, "must be more than zero");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "must have at most two decimals (m²)");
        }
        return value.setScale(2);
    }

    /** {@code leased} as a percent of {@code usable}, two decimals, half up. */
    static BigDecimal percent(BigDecimal leased, BigDecimal usable) {
        return leased.multiply(HUNDRED).divide(usable, 2, RoundingMode.HALF_UP);
    }

    private Areas() {}
}
