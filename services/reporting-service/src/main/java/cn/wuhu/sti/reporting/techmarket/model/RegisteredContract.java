package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A registered technology contract (技术合同认定登记) as it now stands: it counts in the year of {@code registeredOn}
 * and in {@code district}, with its latest corrected figures; once withdrawn it counts in no year. Its {@code source}
 * is the latest event that changed it: its registration, or the correction that set its figures.
 */
public record RegisteredContract(
        String registrationNo,
        LocalDate registeredOn,
        District district,
        BigDecimal contractAmount,
        BigDecimal techTransactionAmount,
        boolean withdrawn,
        SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return registeredOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.of(district);
    }

    @Override
    public String subject() {
        return registrationNo;
    }
}
