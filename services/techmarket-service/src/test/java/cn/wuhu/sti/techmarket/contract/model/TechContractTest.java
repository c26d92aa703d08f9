package cn.wuhu.sti.techmarket.contract.model;

import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.BUYER_USCC;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.CONTRACT_AMOUNT;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.REGISTERED_ON;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.REGISTRATION_NO;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.SELLER_USCC;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.SIGNED_ON;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.TECH_TRANSACTION_AMOUNT;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.buyer;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.registered;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.registering;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.seller;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.terms;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withAmounts;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withDates;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withParties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.events.techmarket.ContractParty;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Registering a technology contract: what is recorded, and each field refused by name. */
class TechContractTest {

    @Test
    void aRegisteredContractIsPublishedWithItsTermsToTheFen() {
        var change = TechContract.register(registering(terms()));

        assertThat(change.event())
                .isEqualTo(new TechContractRegistered(
                        REGISTRATION_NO,
                        ContractKind.DEVELOPMENT,
                        new ContractParty(Optional.empty(), "合肥工业大学"),
                        new ContractParty(Optional.of(BUYER_USCC), "芜湖示例智能装备有限公司"),
                        CONTRACT_AMOUNT,
                        TECH_TRANSACTION_AMOUNT,
                        SIGNED_ON,
                        REGISTERED_ON,
                        District.WHTZ));
        assertThat(change.aggregate().registrationNo()).isEqualTo(REGISTRATION_NO);
        assertThat(change.aggregate().withdrawn()).isFalse();
    }

    @Test
    void aContractRegisteredInJanuaryForADecemberSigningCountsInTheYearOfRegistration() {
        var contract = TechContract.register(
                        registering(withDates(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 8))))
                .aggregate();

        assertThat(contract.year()).isEqualTo(2024);
    }

    @Test
    void aContractMayBeRegisteredOnTheDayItWasSigned() {
        var contract = TechContract.register(registering(withDates(SIGNED_ON, SIGNED_ON)))
                .aggregate();

        assertThat(contract.terms().registeredOn()).isEqualTo(SIGNED_ON);
    }

    @Test
    void aRegistrationDatedBeforeTheSigningIsRefusedOnRegisteredOn() {
        var backwards = withDates(SIGNED_ON, SIGNED_ON.minusDays(1));

        assertThatThrownBy(() -> TechContract.register(registering(backwards)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("registeredOn"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"202434020000010", "20243402000001080", "2024-34020000010", "2024３40200000108"})
    void aRegistrationNumberThatIsNotExactlySixteenDigitsIsRefused(String registrationNo) {
        var command = new TechContractCommands.Register(registrationNo, terms());

        assertThatThrownBy(() -> TechContract.register(command))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("registrationNo"));
    }

    @Test
    void aSellerWithoutAUsccIsRecordedAndPublishedWithoutOne() {
        var change = TechContract.register(registering(terms()));

        assertThat(change.aggregate().terms().seller().uscc()).isEmpty();
        assertThat(change.event().seller().uscc()).isEmpty();
    }

    @Test
    void aSellerWithAUsccIsPublishedWithIt() {
        var withCode = withParties(new TechContractCommands.Party(SELLER_USCC, "合肥工业大学"), buyer());

        var change = TechContract.register(registering(withCode));

        assertThat(change.event().seller().uscc()).contains(SELLER_USCC);
    }

    @ParameterizedTest
    @CsvSource({"seller, seller.uscc", "buyer, buyer.uscc"})
    void aUsccThatFailsItsCheckCharacterIsRefusedOnThatPartysUscc(String role, String field) {
        var wrong = new TechContractCommands.Party("91340200MA2N0XXX0X", "芜湖示例智能装备有限公司");
        var terms = role.equals("seller") ? withParties(wrong, buyer()) : withParties(seller(), wrong);

        assertThatThrownBy(() -> TechContract.register(registering(terms)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @CsvSource({"seller, seller.name", "buyer, buyer.name"})
    void aPartyWithoutANameIsRefusedOnThatPartysName(String role, String field) {
        var nameless = new TechContractCommands.Party(BUYER_USCC, " ");
        var terms = role.equals("seller") ? withParties(nameless, buyer()) : withParties(seller(), nameless);

        assertThatThrownBy(() -> TechContract.register(registering(terms)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aMissingBuyerIsRefusedOnBuyer() {
        var terms = withParties(seller(), null);

        assertThatThrownBy(() -> TechContract.register(registering(terms)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("buyer"));
    }

    @ParameterizedTest
    @CsvSource({
        "-0.01, 0, contractAmount",
        "100.001, 100, contractAmount",
        "100, -0.01, techTransactionAmount",
        "100, 99.999, techTransactionAmount",
        ", 0, contractAmount",
        "100, , techTransactionAmount"
    })
    void aNegativeOrMissingAmountOrAFractionOfAFenIsRefusedOnItsField(
            String contractAmount, String techTransactionAmount, String field) {
        var terms = withAmounts(contractAmount, techTransactionAmount);

        assertThatThrownBy(() -> TechContract.register(registering(terms)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aContractOfNothingIsStillAContract() {
        var change = TechContract.register(registering(withAmounts("0", "0")));

        assertThat(change.event().contractAmount()).isEqualByComparingTo("0");
    }

    @Test
    void amountsAreRecordedToTheFenWhateverZerosTheyWereTypedWith() {
        var change = TechContract.register(registering(withAmounts("5000000", "4000000.500")));

        assertThat(change.event().contractAmount()).isEqualTo(new BigDecimal("5000000.00"));
        assertThat(change.event().techTransactionAmount()).isEqualTo(new BigDecimal("4000000.50"));
    }

    @Test
    void aTechnologyTransactionAmountAboveTheContractAmountIsRefusedOnIt() {
        var terms = withAmounts("1000000.00", "1000000.01");

        assertThatThrownBy(() -> TechContract.register(registering(terms)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("techTransactionAmount"));
    }

    @Test
    void theWholeContractAmountMayBeTechnologyTransaction() {
        var change = TechContract.register(registering(withAmounts("1000000.00", "1000000")));

        assertThat(change.event().techTransactionAmount())
                .isEqualByComparingTo(change.event().contractAmount());
    }

    @Test
    void aContractWithoutAKindIsRefusedOnKind() {
        var t = terms();
        var kindless = new TechContractCommands.Terms(
                null,
                t.seller(),
                t.buyer(),
                t.contractAmount(),
                t.techTransactionAmount(),
                t.signedOn(),
                t.registeredOn(),
                t.district());

        assertThatThrownBy(() -> TechContract.register(registering(kindless)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void aContractWithoutADistrictIsRefusedOnDistrict() {
        var nowhere = TechContractMother.withDistrict(null);

        assertThatThrownBy(() -> TechContract.register(registering(nowhere)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("district"));
    }

    @Test
    void aRegisteredContractCountsInItsDistrict() {
        assertThat(registered().terms().district()).isEqualTo(District.WHTZ);
    }
}
