package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A programme project (科技计划项目), regular or of the challenges, was approved in {@code district} with
 * {@code publicFunding} from the city and {@code selfInvestment} of the lead firm's own.
 */
public record ApprovedProgrammeProject(
        String projectId,
        LocalDate approvedOn,
        District district,
        BigDecimal publicFunding,
        BigDecimal selfInvestment,
        SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return approvedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.of(district);
    }

    @Override
    public String subject() {
        return projectId;
    }
}
