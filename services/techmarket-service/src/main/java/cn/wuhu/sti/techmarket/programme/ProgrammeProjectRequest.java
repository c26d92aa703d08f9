package cn.wuhu.sti.techmarket.programme;

import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.programme.model.ProgrammeProjectCommands;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of an approval, as the contract names its fields; amounts in yuan, to the fen. */
record ProgrammeProjectRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull ProgrammeKind kind,
        @NotBlank @Size(min = 18, max = 18) String leadUscc,
        @NotNull District district,
        @NotNull LocalDate approvedOn,

        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
        BigDecimal publicFunding,

        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
        BigDecimal selfInvestment) {

    ProgrammeProjectCommands.Approve toCommand() {
        return new ProgrammeProjectCommands.Approve(
                title, kind, leadUscc, district, approvedOn, publicFunding, selfInvestment);
    }
}
