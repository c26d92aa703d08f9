package cn.wuhu.sti.reporting.statistics.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatisticsIndicatorCalculatorTest {

    private final StatisticsIndicatorCalculator calculator = new StatisticsIndicatorCalculator();

    @Test
    void theYearsFiguresAnswerTheIntensityAndTheThreeAmountsInThatOrder() {
        var measured = calculator.calculate(2023, Optional.empty(), List.of(seed2023(1)));
        var indicators = measured.stream().map(Measured::indicator).toList();

        assertThat(measured)
                .allSatisfy(m -> assertThat(m.facts())
                        .singleElement()
                        .satisfies(fact -> assertThat(fact.eventId()).isEqualTo("stats-2023-r1")));
        assertThat(indicators)
                .extracting(Indicator::code)
                .containsExactly(
                        "rd.intensity", "stats.rd.expenditure.amount", "stats.gdp.amount", "stats.fiscal.sti.amount");
        assertThat(indicators)
                .extracting(Indicator::value)
                .containsExactly(
                        new BigDecimal("3.76"),
                        new BigDecimal("16940000000.00"),
                        new BigDecimal("450500000000.00"),
                        new BigDecimal("7820000000.00"));
        assertThat(indicators.get(0).unit()).isEqualTo("%");
        assertThat(indicators.get(0).name()).isEqualTo("研发投入强度");
        assertThat(indicators.get(3).unit()).isEqualTo("元");
    }

    @Test
    void aYearNobodyReportedAnswersNoneOfThem() {
        assertThat(calculator.calculate(2024, Optional.empty(), List.of(seed2023(1))))
                .isEmpty();
    }

    @Test
    void aDistrictsReportLeavesThemOut() {
        assertThat(calculator.calculate(2023, Optional.of(District.WUWEI), List.of(seed2023(1))))
                .isEmpty();
    }

    @Test
    void theHighestRevisionIsInForce() {
        var revised = new YearStatistics(
                2023,
                2,
                new YearFigures(new BigDecimal("450500000000.00"), new BigDecimal("17000000000.00"), BigDecimal.ONE),
                source(2));

        var indicators = calculator.calculate(2023, Optional.empty(), List.of(revised, seed2023(1)));

        assertThat(indicators.get(0).indicator().value()).isEqualTo(new BigDecimal("3.77"));
        assertThat(indicators.get(0).facts().get(0).eventId()).isEqualTo("stats-2023-r2");
    }

    private static YearStatistics seed2023(int revision) {
        return new YearStatistics(
                2023,
                revision,
                new YearFigures(
                        new BigDecimal("450500000000.00"),
                        new BigDecimal("16940000000.00"),
                        new BigDecimal("7820000000.00")),
                source(revision));
    }

    private static SourceEvent source(int revision) {
        return new SourceEvent("stats-2023-r" + revision, "cn.wuhu.sti.statistics.statistics-reported.v1");
    }
}
