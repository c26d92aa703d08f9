package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A registration was withdrawn: the contract no longer counts. It carries the figures it counted with, so a
 * subscriber takes them out of the year of {@code registeredOn} and of {@code district}.
 */
public record TechContractWithdrawn(
        String registrationNo,
        LocalDate withdrawnOn,
        String reason,
        LocalDate registeredOn,
        District district,
        BigDecimal contractAmount,
        BigDecimal techTransactionAmount)
        implements ContractEvent {}
