package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of a registered technology contract (技术合同认定登记), published to {@code sti.techmarket.v1}; keyed by
 * the contract's 16-digit registration number. A contract counts in the year of {@code registeredOn} and in its
 * {@code district}, whenever it is corrected.
 */
public sealed interface ContractEvent extends DomainEvent
        permits TechContractRegistered, TechContractCorrected, TechContractWithdrawn {

    String registrationNo();

    @Override
    default String aggregateId() {
        return registrationNo();
    }
}
