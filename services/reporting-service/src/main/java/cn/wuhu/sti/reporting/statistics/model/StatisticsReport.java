package cn.wuhu.sti.reporting.statistics.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.statistics.StatisticsReported;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics (统计数据) of one year as the statistics bureau reported them: every report kept in order, the
 * latest in force. Its revision is the number of reports, so the first is 1 and a later one supersedes it by a
 * higher number, which subscribers compare rather than the time a report arrived. Immutable: every report returns
 * the statistics they became and the event that records it.
 */
public final class StatisticsReport {

    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    private final int year;
    private final List<YearFigures> reports;

    /** Statistics as stored: the year's reports, oldest first. */
    public StatisticsReport(int year, List<YearFigures> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("Statistics of " + year + ": reported at least once");
        }
        this.year = year;
        this.reports = List.copyOf(reports);
    }

    /** The first report of a year. */
    public static Change<StatisticsReport, StatisticsReported> first(StatisticsCommands.Report command) {
        int year = year(command.year());
        return new StatisticsReport(year, List.of(figuresOf(command))).latestReported();
    }

    /** A later report of the same year, which supersedes the ones before. */
    public Change<StatisticsReport, StatisticsReported> revise(StatisticsCommands.Report command) {
        if (year(command.year()) != year) {
            throw new IllegalArgumentException("A report of " + command.year() + " is no revision of " + year);
        }
        var longer = new ArrayList<>(reports);
        longer.add(figuresOf(command));
        return new StatisticsReport(year, longer).latestReported();
    }

    /** The year a caller named, refused unless within the years the contract takes. */
    public static int year(Integer year) {
        Require.present("year", year);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return year;
    }

    public int year() {
        return year;
    }

    public int revision() {
        return reports.size();
    }

    /** The figures in force: those of the latest report. */
    public YearFigures figures() {
        return reports.get(reports.size() - 1);
    }

    /** Every report of the year, oldest first; the revision of each is its place, from 1. */
    public List<YearFigures> reports() {
        return reports;
    }

    private static YearFigures figuresOf(StatisticsCommands.Report command) {
        return YearFigures.reported(command.gdp(), command.rdExpenditure(), command.fiscalStiSpending());
    }

    private Change<StatisticsReport, StatisticsReported> latestReported() {
        YearFigures figures = figures();
        return new Change<>(
                this,
                new StatisticsReported(
                        year, revision(), figures.gdp(), figures.rdExpenditure(), figures.fiscalStiSpending()));
    }
}
