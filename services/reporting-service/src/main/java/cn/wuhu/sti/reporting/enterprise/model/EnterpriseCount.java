package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.List;

/** One enterprise indicator of a year and what it counts: its value is the number of them, its facts name them. */
public record EnterpriseCount(EnterpriseIndicator code, List<CountedFirm> counted) {

    public EnterpriseCount {
        counted = List.copyOf(counted);
    }

    public Indicator indicator() {
        return code.of(BigDecimal.valueOf(counted.size()));
    }

    public Measured measured() {
        return new Measured(indicator(), counted.stream().map(CountedFirm::fact).toList());
    }
}
