package cn.wuhu.sti.techmarket.contract;

import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.contract.model.TechContractCommands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of the technology contract API, as the contract names their fields; amounts in yuan. */
final class ContractRequests {

    /** A seller or buyer; {@code uscc} is left out where the party has none or it is not known. */
    record PartyRequest(
            @Size(min = 18, max = 18) String uscc,
            @NotBlank @Size(max = 200) String name) {

        TechContractCommands.Party toCommand() {
            return new TechContractCommands.Party(uscc, name);
        }
    }

    record RegisterRequest(
            @NotBlank @Pattern(regexp = "[0-9]{16}", message = "must be 16 digits")
            String registrationNo,

            @NotNull ContractKind kind,
            @NotNull @Valid PartyRequest seller,
            @NotNull @Valid PartyRequest buyer,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
            BigDecimal contractAmount,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
            BigDecimal techTransactionAmount,

            @NotNull LocalDate signedOn,
            @NotNull LocalDate registeredOn,
            @NotNull District district) {

        TechContractCommands.Register toCommand() {
            return new TechContractCommands.Register(
                    registrationNo,
                    new TechContractCommands.Terms(
                            kind,
                            seller.toCommand(),
                            buyer.toCommand(),
                            contractAmount,
                            techTransactionAmount,
                            signedOn,
                            registeredOn,
                            district));
        }
    }

    /** The corrected terms in full, as they should read from {@code correctedOn}. */
    record CorrectRequest(
            @NotNull LocalDate correctedOn,
            @NotNull ContractKind kind,
            @NotNull @Valid PartyRequest seller,
            @NotNull @Valid PartyRequest buyer,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
            BigDecimal contractAmount,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2)
            BigDecimal techTransactionAmount,

            @NotNull LocalDate signedOn,
            @NotNull LocalDate registeredOn,
            @NotNull District district) {

        TechContractCommands.Correct toCommand() {
            return new TechContractCommands.Correct(
                    correctedOn,
                    new TechContractCommands.Terms(
                            kind,
                            seller.toCommand(),
                            buyer.toCommand(),
                            contractAmount,
                            techTransactionAmount,
                            signedOn,
                            registeredOn,
                            district));
        }
    }

    record WithdrawRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 500) String reason) {

        TechContractCommands.Withdraw toCommand() {
            return new TechContractCommands.Withdraw(date, reason);
        }
    }

    private ContractRequests() {}
}
