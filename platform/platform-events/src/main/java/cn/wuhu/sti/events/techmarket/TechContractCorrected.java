package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A registered contract was corrected on {@code correctedOn}. It carries the contract in full as it now stands, and
 * the {@code previous…} figures it counted with until now, so a subscriber restates the year and district it counted
 * in before (which may differ, when {@code registeredOn} or {@code district} was corrected) and the one it counts in
 * now, without keeping state of its own. The registration number itself is never corrected.
 */
public record TechContractCorrected(
        String registrationNo,
        LocalDate correctedOn,
        ContractKind kind,
        ContractParty seller,
        ContractParty buyer,
        BigDecimal contractAmount,
        BigDecimal techTransactionAmount,
        LocalDate signedOn,
        LocalDate registeredOn,
        District district,
        LocalDate previousRegisteredOn,
        District previousDistrict,
        BigDecimal previousContractAmount,
        BigDecimal previousTechTransactionAmount)
        implements ContractEvent {}
