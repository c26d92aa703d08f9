package cn.wuhu.sti.techmarket.contract.model;

import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Technology contracts for tests: a development contract of a university (no USCC given) with a firm, signed on 20
 * December 2023 and registered on 8 January 2024 in the high-tech zone, for 3,000,000.10 yuan of which 2,600,000.05
 * is the technology transaction.
 */
final class TechContractMother {

    static final String REGISTRATION_NO = "2024340200000108";
    static final String BUYER_USCC = "91340200MA2N0XXX0Y";
    static final String SELLER_USCC = "12340000485960823Q";
    static final LocalDate SIGNED_ON = LocalDate.of(2023, 12, 20);
    static final LocalDate REGISTERED_ON = LocalDate.of(2024, 1, 8);
    static final BigDecimal CONTRACT_AMOUNT = new BigDecimal("3000000.10");
    static final BigDecimal TECH_TRANSACTION_AMOUNT = new BigDecimal("2600000.05");

    static TechContractCommands.Party seller() {
        return new TechContractCommands.Party(null, "合肥工业大学");
    }

    static TechContractCommands.Party buyer() {
        return new TechContractCommands.Party(BUYER_USCC, "芜湖示例智能装备有限公司");
    }

    static TechContractCommands.Terms terms() {
        return new TechContractCommands.Terms(
                ContractKind.DEVELOPMENT,
                seller(),
                buyer(),
                CONTRACT_AMOUNT,
                TECH_TRANSACTION_AMOUNT,
                SIGNED_ON,
                REGISTERED_ON,
                District.WHTZ);
    }

    static TechContractCommands.Terms withAmounts(String contractAmount, String techTransactionAmount) {
        var t = terms();
        return new TechContractCommands.Terms(
                t.kind(),
                t.seller(),
                t.buyer(),
                contractAmount == null ? null : new BigDecimal(contractAmount),
                techTransactionAmount == null ? null : new BigDecimal(techTransactionAmount),
                t.signedOn(),
                t.registeredOn(),
                t.district());
    }

    static TechContractCommands.Terms withParties(TechContractCommands.Party seller, TechContractCommands.Party buyer) {
        var t = terms();
        return new TechContractCommands.Terms(
                t.kind(),
                seller,
                buyer,
                t.contractAmount(),
                t.techTransactionAmount(),
                t.signedOn(),
                t.registeredOn(),
                t.district());
    }

    static TechContractCommands.Terms withDates(LocalDate signedOn, LocalDate registeredOn) {
        var t = terms();
        return new TechContractCommands.Terms(
                t.kind(),
                t.seller(),
                t.buyer(),
                t.contractAmount(),
                t.techTransactionAmount(),
                signedOn,
                registeredOn,
                t.district());
    }

    static TechContractCommands.Terms withDistrict(District district) {
        var t = terms();
        return new TechContractCommands.Terms(
                t.kind(),
                t.seller(),
                t.buyer(),
                t.contractAmount(),
                t.techTransactionAmount(),
                t.signedOn(),
                t.registeredOn(),
                district);
    }

    static TechContractCommands.Register registering(TechContractCommands.Terms terms) {
        return new TechContractCommands.Register(REGISTRATION_NO, terms);
    }

    static TechContract registered() {
        return TechContract.register(registering(terms())).aggregate();
    }

    static TechContract withdrawn() {
        return registered().withdraw(withdrawing()).aggregate();
    }

    static TechContractCommands.Correct correcting(TechContractCommands.Terms terms) {
        return new TechContractCommands.Correct(LocalDate.of(2024, 2, 5), terms);
    }

    static TechContractCommands.Withdraw withdrawing() {
        return new TechContractCommands.Withdraw(LocalDate.of(2024, 3, 1), "合同已解除");
    }

    private TechContractMother() {}
}
