package cn.wuhu.sti.reporting.statistics.model;

import java.math.BigDecimal;

/** What a caller can ask of a year's statistics, already checked for shape at the edge. */
public final class StatisticsCommands {

    /** The year's figures, in yuan, exact. */
    public record Report(Integer year, BigDecimal gdp, BigDecimal rdExpenditure, BigDecimal fiscalStiSpending) {}

    private StatisticsCommands() {}
}
