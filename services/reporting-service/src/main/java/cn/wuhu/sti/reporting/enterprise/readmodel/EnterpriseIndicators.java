package cn.wuhu.sti.reporting.enterprise.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseCount;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicator;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicatorCalculator;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code enterprise.*} indicators, computed in memory over the firms of the district (or all of them), each with
 * one fact per item it counts.
 */
@Component
@Order(20)
class EnterpriseIndicators implements IndicatorSource {

    private final FirmReadModel firms;
    private final EnterpriseIndicatorCalculator calculator = new EnterpriseIndicatorCalculator();

    EnterpriseIndicators(FirmReadModel firms) {
        this.firms = firms;
    }

    @Override
    public List<Measured> measure(int year, Optional<District> district) {
        return calculator.count(year, firms.firms(district)).stream()
                .map(EnterpriseCount::measured)
                .toList();
    }

    @Override
    public List<EnterpriseIndicator> codes() {
        return List.of(EnterpriseIndicator.values());
    }
}
