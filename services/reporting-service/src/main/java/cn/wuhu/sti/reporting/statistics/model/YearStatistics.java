package cn.wuhu.sti.reporting.statistics.model;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.statistics.StatisticsReported;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.Fact;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The figures of a year in force, those of its highest {@code revision}; a fact of the whole city dated on the
 * year's 31 December, so a district's report never counts it.
 */
public record YearStatistics(int year, int revision, YearFigures figures, SourceEvent source) implements Fact {

    /**
     * The figures an event reports. Figures out of their ranges (a GDP of nothing, an R&amp;D expenditure above the
     * GDP, a fraction of a fen) make it no valid event: no retry will mend them, so it belongs on the dead letters.
     */
    public static YearStatistics of(StatisticsReported event, SourceEvent source) {
        try {
            int year = StatisticsReport.year(event.year());
            if (event.revision() < 1) {
                throw new RuleViolation("revision", "must be at least 1");
            }
            var figures = YearFigures.reported(event.gdp(), event.rdExpenditure(), event.fiscalStiSpending());
            return new YearStatistics(year, event.revision(), figures, source);
        } catch (RuleViolation e) {
            throw new InvalidEventException(
                    "Statistics of " + event.year() + ", revision " + event.revision() + ": " + e.field() + " "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public LocalDate date() {
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public Optional<District> place() {
        return Optional.empty();
    }

    /** The year the figures are of. */
    @Override
    public String subject() {
        return Integer.toString(year);
    }
}
