package cn.wuhu.sti.techmarket.contract;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.contract.model.ContractTerms;
import cn.wuhu.sti.techmarket.contract.model.TechContract;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A registered contract as the API answers it; {@code id} is the registration number. {@code year} is the year it
 * counts in, that of {@code registeredOn}.
 */
record ContractView(
        String id,
        String registrationNo,
        ContractKind kind,
        PartyView seller,
        PartyView buyer,
        BigDecimal contractAmount,
        BigDecimal techTransactionAmount,
        LocalDate signedOn,
        LocalDate registeredOn,
        int year,
        District district,
        boolean withdrawn,
        @JsonInclude(JsonInclude.Include.NON_NULL) WithdrawalView withdrawal) {

    record PartyView(
            @JsonInclude(JsonInclude.Include.NON_NULL) String uscc, String name) {

        static PartyView of(ContractTerms.Party party) {
            return new PartyView(party.uscc().map(Uscc::value).orElse(null), party.name());
        }
    }

    record WithdrawalView(LocalDate date, String reason) {}

    static ContractView of(TechContract contract) {
        var terms = contract.terms();
        return new ContractView(
                contract.registrationNo(),
                contract.registrationNo(),
                terms.kind(),
                PartyView.of(terms.seller()),
                PartyView.of(terms.buyer()),
                terms.contractAmount(),
                terms.techTransactionAmount(),
                terms.signedOn(),
                terms.registeredOn(),
                contract.year(),
                terms.district(),
                contract.withdrawn(),
                contract.withdrawal()
                        .map(w -> new WithdrawalView(w.withdrawnOn(), w.reason()))
                        .orElse(null));
    }
}
