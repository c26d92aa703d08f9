package cn.wuhu.sti.techmarket.programme.model;

import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller can ask of a programme project, already checked for shape at the edge. */
public final class ProgrammeProjectCommands {

    /** {@code leadUscc} as typed, amounts in yuan, exact. */
    public record Approve(
            String title,
            ProgrammeKind kind,
            String leadUscc,
            District district,
            LocalDate approvedOn,
            BigDecimal publicFunding,
            BigDecimal selfInvestment) {}

    private ProgrammeProjectCommands() {}
}
