package cn.wuhu.sti.enterprise.eligibility.model;

import java.math.BigDecimal;

/**
 * How a report fares on one criterion: the minimum that applies to it, the value it shows (two decimals rounded
 * down), whether it is met, and the shortfall (rounded up; 0 when met). {@code relativeShortfall} is the shortfall as
 * a fraction of the minimum, for telling near misses from far ones.
 */
public record Judgement(
        String code,
        Measure measure,
        BigDecimal required,
        BigDecimal actual,
        boolean met,
        BigDecimal shortfall,
        BigDecimal relativeShortfall) {}
