package cn.wuhu.sti.reporting.statistics.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.indicator.Measured;
import cn.wuhu.sti.reporting.statistics.model.StatisticsIndicator;
import cn.wuhu.sti.reporting.statistics.model.StatisticsIndicatorCalculator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The indicators of the statistics bureau's figures, after the parks ones: R&amp;D intensity and the amounts. */
@Component
@Order(50)
class StatisticsIndicators implements IndicatorSource {

    private final StatisticsFactReadModel statistics;
    private final StatisticsIndicatorCalculator calculator = new StatisticsIndicatorCalculator();

    StatisticsIndicators(StatisticsFactReadModel statistics) {
        this.statistics = statistics;
    }

    @Override
    public List<Measured> measure(int year, Optional<District> district) {
        return calculator.calculate(year, district, statistics.factsOf(year));
    }

    @Override
    public List<StatisticsIndicator> codes() {
        return List.of(StatisticsIndicator.values());
    }
}
