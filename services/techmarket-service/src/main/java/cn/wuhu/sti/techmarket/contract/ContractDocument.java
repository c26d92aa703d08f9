package cn.wuhu.sti.techmarket.contract;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.contract.model.ContractTerms;
import cn.wuhu.sti.techmarket.contract.model.TechContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** How a contract is stored, under its registration number; amounts as Decimal128, so they stay exact. */
@Document("contracts")
record ContractDocument(
        @Id String registrationNo,
        ContractKind kind,
        Party seller,
        Party buyer,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal contractAmount,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal techTransactionAmount,
        LocalDate signedOn,
        LocalDate registeredOn,
        District district,
        LocalDate withdrawnOn,
        String withdrawalReason) {

    record Party(String uscc, String name) {

        static Party of(ContractTerms.Party party) {
            return new Party(party.uscc().map(Uscc::value).orElse(null), party.name());
        }

        ContractTerms.Party toParty() {
            return new ContractTerms.Party(Optional.ofNullable(uscc).map(Uscc::new), name);
        }
    }

    static ContractDocument of(TechContract contract) {
        var terms = contract.terms();
        var withdrawal = contract.withdrawal();
        return new ContractDocument(
                contract.registrationNo(),
                terms.kind(),
                Party.of(terms.seller()),
                Party.of(terms.buyer()),
                terms.contractAmount(),
                terms.techTransactionAmount(),
                terms.signedOn(),
                terms.registeredOn(),
                terms.district(),
                withdrawal.map(TechContract.Withdrawal::withdrawnOn).orElse(null),
                withdrawal.map(TechContract.Withdrawal::reason).orElse(null));
    }

    TechContract toContract() {
        var terms = new ContractTerms(
                kind,
                seller.toParty(),
                buyer.toParty(),
                contractAmount,
                techTransactionAmount,
                signedOn,
                registeredOn,
                district);
        return new TechContract(
                registrationNo,
                terms,
                Optional.ofNullable(withdrawnOn).map(date -> new TechContract.Withdrawal(date, withdrawalReason)));
    }
}
