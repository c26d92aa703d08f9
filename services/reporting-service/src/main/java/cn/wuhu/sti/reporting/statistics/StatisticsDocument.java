package cn.wuhu.sti.reporting.statistics;

import cn.wuhu.sti.reporting.statistics.model.StatisticsReport;
import cn.wuhu.sti.reporting.statistics.model.YearFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** How a year's statistics are stored, under the year as text: every report, amounts as Decimal128, exact. */
@Document("statistics")
record StatisticsDocument(@Id String id, int year, List<StoredReport> reports) {

    record StoredReport(
            int revision,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal gdp,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal rdExpenditure,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal fiscalStiSpending) {}

    static String idOf(int year) {
        return Integer.toString(year);
    }

    static StatisticsDocument of(StatisticsReport statistics) {
        List<YearFigures> reports = statistics.reports();
        return new StatisticsDocument(
                idOf(statistics.year()),
                statistics.year(),
                IntStream.range(0, reports.size())
                        .mapToObj(i -> new StoredReport(
                                i + 1,
                                reports.get(i).gdp(),
                                reports.get(i).rdExpenditure(),
                                reports.get(i).fiscalStiSpending()))
                        .toList());
    }

    StatisticsReport toStatistics() {
        return new StatisticsReport(
                year,
                reports.stream()
                        .map(r -> new YearFigures(r.gdp(), r.rdExpenditure(), r.fiscalStiSpending()))
                        .toList());
    }
}
