package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme project led by the firm {@code leadUscc} was approved, with {@code publicFunding} from the city and
 * {@code selfInvestment} of the firm's own R&amp;D money (exact yuan, at least zero, at most two decimals); it counts
 * in {@code district}, in the year of {@code approvedOn}.
 */
public record ProgrammeProjectApproved(
        String projectId,
        String title,
        ProgrammeKind kind,
        String leadUscc,
        District district,
        LocalDate approvedOn,
        BigDecimal publicFunding,
        BigDecimal selfInvestment)
        implements ProgrammeProjectEvent {}
