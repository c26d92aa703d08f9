package cn.wuhu.sti.reporting.statistics;

import cn.wuhu.sti.reporting.statistics.model.StatisticsReport;
import cn.wuhu.sti.reporting.statistics.model.YearFigures;
import java.math.BigDecimal;

/**
 * A year's statistics as the API answers them: the figures in force, the revision they were reported as (a
 * publisher of its own numbers its next report after it) and the R&amp;D intensity they give, in percent.
 */
record StatisticsView(
        String id,
        int year,
        int revision,
        BigDecimal gdp,
        BigDecimal rdExpenditure,
        BigDecimal fiscalStiSpending,
        BigDecimal rdIntensity) {

    static StatisticsView of(StatisticsReport statistics) {
        YearFigures figures = statistics.figures();
        return new StatisticsView(
                StatisticsDocument.idOf(statistics.year()),
                statistics.year(),
                statistics.revision(),
                figures.gdp(),
                figures.rdExpenditure(),
                figures.fiscalStiSpending(),
                figures.rdIntensity());
    }
}
