package cn.wuhu.sti.talent.fund;

import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.fund.model.FundProjectCommands;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of the fund project API, as the contract names their fields. */
final class FundProjectRequests {

    record SourceRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull Industry industry,
            @NotNull LocalDate sourcedOn) {

        FundProjectCommands.Source toCommand() {
            return new FundProjectCommands.Source(name.strip(), industry, sourcedOn);
        }
    }

    record MoveRequest(@NotNull LocalDate date) {

        FundProjectCommands.Move toCommand() {
            return new FundProjectCommands.Move(date);
        }
    }

    /** {@code amount} in yuan, to the fen. */
    record InvestRequest(
            @NotNull LocalDate date,

            @NotNull @Positive @Digits(integer = 15, fraction = 2)
            BigDecimal amount) {

        FundProjectCommands.Invest toCommand() {
            return new FundProjectCommands.Invest(date, amount);
        }
    }

    record RejectRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 500) String reason) {

        FundProjectCommands.Reject toCommand() {
            return new FundProjectCommands.Reject(date, reason.strip());
        }
    }

    private FundProjectRequests() {}
}
