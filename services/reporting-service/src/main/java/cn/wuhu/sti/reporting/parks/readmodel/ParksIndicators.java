package cn.wuhu.sti.reporting.parks.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.indicator.Measured;
import cn.wuhu.sti.reporting.parks.model.ParksIndicator;
import cn.wuhu.sti.reporting.parks.model.ParksIndicatorCalculator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The parks, carriers and platforms indicators, after the tech-market ones as in the contract's table, computed in
 * memory over the facts dated up to the year's 31 December, each with the facts behind it: the parks in use and the
 * occupancy stand at year end.
 */
@Component
@Order(40)
class ParksIndicators implements IndicatorSource {

    private final ParksFactReadModel facts;
    private final ParksIndicatorCalculator calculator = new ParksIndicatorCalculator();

    ParksIndicators(ParksFactReadModel facts) {
        this.facts = facts;
    }

    @Override
    public List<Measured> measure(int year, Optional<District> district) {
        return calculator.measure(year, district, facts.factsUpToEndOf(year));
    }

    @Override
    public List<ParksIndicator> codes() {
        return List.of(ParksIndicator.values());
    }
}
