package cn.wuhu.sti.reporting.statistics;

import cn.wuhu.sti.reporting.statistics.model.StatisticsCommands;
import cn.wuhu.sti.reporting.statistics.model.StatisticsReport;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The body of a report, as the contract names its fields; amounts in yuan, to the fen. */
record StatisticsRequest(
        @NotNull @Min(StatisticsReport.FIRST_YEAR) @Max(StatisticsReport.LAST_YEAR)
        Integer year,

        @NotNull @Positive @Digits(integer = 15, fraction = 2)
        BigDecimal gdp,

        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
        BigDecimal rdExpenditure,

        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
        BigDecimal fiscalStiSpending) {

    StatisticsCommands.Report toCommand() {
        return new StatisticsCommands.Report(year, gdp, rdExpenditure, fiscalStiSpending);
    }
}
