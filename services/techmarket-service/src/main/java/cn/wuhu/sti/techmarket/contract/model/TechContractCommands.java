package cn.wuhu.sti.techmarket.contract.model;

import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller can ask of a technology contract, already checked for shape at the edge. */
public final class TechContractCommands {

    /** A seller or buyer as typed: {@code uscc} may be null, where the party has none or it is not known. */
    public record Party(String uscc, String name) {}

    /** The contract's terms as typed; amounts in yuan, exact. */
    public record Terms(
            ContractKind kind,
            Party seller,
            Party buyer,
            BigDecimal contractAmount,
            BigDecimal techTransactionAmount,
            LocalDate signedOn,
            LocalDate registeredOn,
            District district) {}

    public record Register(String registrationNo, Terms terms) {}

    /** The terms in full as they should read; what is not to change is repeated. */
    public record Correct(LocalDate correctedOn, Terms terms) {}

    public record Withdraw(LocalDate withdrawnOn, String reason) {}

    private TechContractCommands() {}
}
