package cn.wuhu.sti.enterprise.eligibility.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A measured value, {@code part × per / whole}, kept as its parts so that whether it reaches a minimum is decided
 * exactly, without a division. A whole of zero (no revenue, no staff) reaches nothing and reads as 0.
 */
record Quantity(BigDecimal part, BigDecimal whole, BigDecimal per) {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    static Quantity share(BigDecimal part, BigDecimal whole) {
        return new Quantity(part, whole, PERCENT);
    }

    static Quantity amount(BigDecimal value) {
        return new Quantity(value, BigDecimal.ONE, BigDecimal.ONE);
    }

    boolean reaches(BigDecimal minimum) {
        return whole.signum() > 0 && scaledPart().compareTo(minimum.multiply(whole)) >= 0;
    }

    /** Two decimals rounded down, so a shown value at or above a minimum has reached it. */
    BigDecimal shown() {
        return whole.signum() > 0 ? scaledPart().divide(whole, 2, RoundingMode.DOWN) : ZERO;
    }

    /** How far below {@code minimum} the exact value is, rounded up to two decimals; 0 once reached. */
    BigDecimal shortfallTo(BigDecimal minimum) {
        if (reaches(minimum)) {
            return ZERO;
        }
        if (whole.signum() == 0) {
            return minimum.setScale(2, RoundingMode.UP);
        }
        return gapTo(minimum).divide(whole, 2, RoundingMode.UP);
    }

    /** The shortfall as a fraction of {@code minimum}: 0 once reached, 1 for nothing at all. */
    BigDecimal relativeShortfallTo(BigDecimal minimum) {
        if (reaches(minimum)) {
            return BigDecimal.ZERO;
        }
        if (whole.signum() == 0 || minimum.signum() == 0) {
            return BigDecimal.ONE;
        }
        return gapTo(minimum).divide(minimum.multiply(whole), MathContext.DECIMAL64);
    }

    private BigDecimal gapTo(BigDecimal minimum) {
        return minimum.multiply(whole).subtract(scaledPart());
    }

    private BigDecimal scaledPart() {
        return part.multiply(per);
    }
}
