package cn.wuhu.sti.enterprise.eligibility.model;

import java.math.BigDecimal;

/**
 * The minimum for firms whose revenue is above {@code revenueOver} (exclusive; none: from zero) and up to
 * {@code revenueUpTo} (inclusive; none: without limit).
 */
public record Band(BigDecimal revenueOver, BigDecimal revenueUpTo, BigDecimal minimum) {

    boolean covers(BigDecimal revenue) {
        return (revenueOver == null || revenue.compareTo(revenueOver) > 0)
                && (revenueUpTo == null || revenue.compareTo(revenueUpTo) <= 0);
    }
}
