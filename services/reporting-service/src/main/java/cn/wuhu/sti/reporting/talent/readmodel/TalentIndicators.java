package cn.wuhu.sti.reporting.talent.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.indicator.Measured;
import cn.wuhu.sti.reporting.talent.model.TalentIndicator;
import cn.wuhu.sti.reporting.talent.model.TalentIndicatorCalculator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code talent.*} indicators, first as in the contract's table, computed in memory over the year's facts, each
 * with the facts behind it. A district's report leaves out the city-wide fund indicators (see
 * {@link TalentIndicatorCalculator}).
 */
@Component
@Order(10)
class TalentIndicators implements IndicatorSource {

    private final TalentFactReadModel facts;
    private final TalentIndicatorCalculator calculator = new TalentIndicatorCalculator();

    TalentIndicators(TalentFactReadModel facts) {
        this.facts = facts;
    }

    @Override
    public List<Measured> measure(int year, Optional<District> district) {
        return calculator.measure(year, district, facts.factsOf(year));
    }

    @Override
    public List<TalentIndicator> codes() {
        return List.of(TalentIndicator.values());
    }
}
