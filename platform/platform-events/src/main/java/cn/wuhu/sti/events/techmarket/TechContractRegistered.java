package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A technology contract was registered. Amounts are exact yuan, at least zero, with at most two decimals, and
 * {@code techTransactionAmount} is not above {@code contractAmount}; the contract counts in the year of
 * {@code registeredOn}, not of {@code signedOn}.
 */
public record TechContractRegistered(
        String registrationNo,
        ContractKind kind,
        ContractParty seller,
        ContractParty buyer,
        BigDecimal contractAmount,
        BigDecimal techTransactionAmount,
        LocalDate signedOn,
        LocalDate registeredOn,
        District district)
        implements ContractEvent {}
