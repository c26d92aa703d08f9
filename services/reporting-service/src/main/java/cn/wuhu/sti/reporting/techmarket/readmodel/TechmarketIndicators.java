package cn.wuhu.sti.reporting.techmarket.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.indicator.Measured;
import cn.wuhu.sti.reporting.techmarket.model.TechmarketIndicator;
import cn.wuhu.sti.reporting.techmarket.model.TechmarketIndicatorCalculator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code techmarket.*} indicators, after the enterprise ones as in the contract's table, computed in memory over
 * the year's facts, each with the facts behind it. A district's report leaves out the city-wide challenge awards (see
 * {@link TechmarketIndicatorCalculator}).
 */
@Component
@Order(30)
class TechmarketIndicators implements IndicatorSource {

    private final TechmarketFactReadModel facts;
    private final TechmarketIndicatorCalculator calculator = new TechmarketIndicatorCalculator();

    TechmarketIndicators(TechmarketFactReadModel facts) {
        this.facts = facts;
    }

    @Override
    public List<Measured> measure(int year, Optional<District> district) {
        return calculator.measure(year, district, facts.factsOf(year));
    }

    @Override
    public List<TechmarketIndicator> codes() {
        return List.of(TechmarketIndicator.values());
    }
}
