package cn.wuhu.sti.reporting.statistics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.statistics.StatisticsReported;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatisticsReportTest {

    @Test
    void theFirstReportOfAYearIsRevisionOneAndSaysSoInItsEvent() {
        var first = StatisticsReport.first(report(2023, "450500000000", "16940000000", "7820000000"));

        assertThat(first.aggregate().revision()).isEqualTo(1);
        assertThat(first.event())
                .isEqualTo(new StatisticsReported(
                        2023,
                        1,
                        new BigDecimal("450500000000.00"),
                        new BigDecimal("16940000000.00"),
                        new BigDecimal("7820000000.00")));
    }

    @Test
    void aLaterReportOfTheYearIsTheNextRevisionAndItsFiguresAreInForce() {
        var first = StatisticsReport.first(report(2022, "430000000000", "14000000000", "7000000000"));

        var revised = first.aggregate().revise(report(2022, "430000000000", "14964000000", "7305680000"));

        assertThat(revised.aggregate().revision()).isEqualTo(2);
        assertThat(revised.aggregate().reports()).hasSize(2);
        assertThat(revised.aggregate().figures().rdIntensity()).isEqualTo(new BigDecimal("3.48"));
        assertThat(revised.event().revision()).isEqualTo(2);
        assertThat(revised.event().rdExpenditure()).isEqualTo(new BigDecimal("14964000000.00"));
    }

    @Test
    void aYearOutsideNineteenNinetyToTwentyOneHundredIsRefusedNamingTheYear() {
        assertThatThrownBy(() -> StatisticsReport.first(report(1989, "1", "0", "0")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("year");
        assertThatThrownBy(() -> StatisticsReport.first(report(2101, "1", "0", "0")))
                .isInstanceOf(RuleViolation.class);
        assertThat(StatisticsReport.first(report(2100, "1", "0", "0"))
                        .aggregate()
                        .year())
                .isEqualTo(2100);
    }

    @Test
    void anEventWithMoreResearchThanGdpIsNoValidEvent() {
        var impossible =
                new StatisticsReported(2023, 1, new BigDecimal("100.00"), new BigDecimal("100.01"), BigDecimal.ZERO);

        assertThatThrownBy(() -> YearStatistics.of(impossible, new SourceEvent("e1", "t")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("rdExpenditure");
    }

    @Test
    void anEventOfRevisionZeroIsNoValidEvent() {
        var unnumbered = new StatisticsReported(2023, 0, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE);

        assertThatThrownBy(() -> YearStatistics.of(unnumbered, new SourceEvent("e2", "t")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("revision");
    }

    private static StatisticsCommands.Report report(int year, String gdp, String rd, String fiscal) {
        return new StatisticsCommands.Report(year, new BigDecimal(gdp), new BigDecimal(rd), new BigDecimal(fiscal));
    }
}
