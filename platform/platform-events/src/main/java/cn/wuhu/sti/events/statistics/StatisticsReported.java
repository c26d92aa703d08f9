package cn.wuhu.sti.events.statistics;

import java.math.BigDecimal;

/**
 * The statistics bureau reported the city's figures of {@code year}: 地区生产总值 ({@code gdp}, more than zero),
 * 全社会研发经费 ({@code rdExpenditure}, at most {@code gdp}) and 财政科技支出 ({@code fiscalStiSpending}), exact yuan
 * with at most two decimals. A later report of the same year supersedes the earlier: {@code revision} counts the
 * year's reports from 1, so a subscriber keeps the highest and ignores one it already has.
 */
public record StatisticsReported(
        int year, int revision, BigDecimal gdp, BigDecimal rdExpenditure, BigDecimal fiscalStiSpending)
        implements StatisticsEvent {}
