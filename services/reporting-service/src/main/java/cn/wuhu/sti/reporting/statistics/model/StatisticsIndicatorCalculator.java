package cn.wuhu.sti.reporting.statistics.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes the statistics indicators of a year from the figures of its highest revision, each listing the event
 * that reported them. A year nobody reported
 * answers none of them: a 0 would claim the city spent nothing on R&amp;D.
 */
public final class StatisticsIndicatorCalculator {

    public List<Measured> calculate(int year, Optional<District> district, Collection<YearStatistics> facts) {
        FactsOfYear ofYear = FactsOfYear.of(year, district, facts);
        return ofYear.all(YearStatistics.class).stream()
                .max(Comparator.comparingInt(YearStatistics::revision))
                .map(latest -> ofYear.answer(
                        StatisticsIndicator.values(),
                        code -> ofYear.computedFrom(value(code, latest.figures()), List.of(latest))))
                .orElse(List.of());
    }

    private static BigDecimal value(StatisticsIndicator indicator, YearFigures figures) {
        return switch (indicator) {
            case RD_INTENSITY -> figures.rdIntensity();
            case RD_EXPENDITURE -> figures.rdExpenditure();
            case GDP -> figures.gdp();
            case FISCAL_STI_SPENDING -> figures.fiscalStiSpending();
        };
    }
}
