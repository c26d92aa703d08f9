package cn.wuhu.sti.reporting.statistics.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
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
    public List<Indicator> indicatorsFor(int year, Optional<District> district) {
        return calculator.calculate(year, district, statistics.factsOf(year));
    }
}
