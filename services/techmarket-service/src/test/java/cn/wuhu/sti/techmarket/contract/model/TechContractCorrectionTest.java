package cn.wuhu.sti.techmarket.contract.model;

import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.CONTRACT_AMOUNT;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.REGISTERED_ON;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.REGISTRATION_NO;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.SIGNED_ON;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.TECH_TRANSACTION_AMOUNT;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.correcting;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.registered;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.registering;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withAmounts;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withDates;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withDistrict;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withdrawing;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.TechContractWithdrawn;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Correcting and withdrawing a registration: what the events say so that reporting restates the right year. */
class TechContractCorrectionTest {

    @Test
    void aCorrectionReplacesTheTermsAndCarriesTheFiguresTheContractCountedWithBefore() {
        var change = registered().correct(correcting(withAmounts("2800000.00", "2500000.01")));

        assertThat(change.aggregate().terms().contractAmount()).isEqualByComparingTo("2800000.00");
        assertThat(change.event().contractAmount()).isEqualByComparingTo("2800000.00");
        assertThat(change.event().techTransactionAmount()).isEqualByComparingTo("2500000.01");
        assertThat(change.event().previousContractAmount()).isEqualByComparingTo(CONTRACT_AMOUNT);
        assertThat(change.event().previousTechTransactionAmount()).isEqualByComparingTo(TECH_TRANSACTION_AMOUNT);
        assertThat(change.event().correctedOn()).isEqualTo(LocalDate.of(2024, 2, 5));
    }

    @Test
    void aCorrectionMadeThisYearOfLastYearsContractRestatesLastYearNotThisOne() {
        var lastYears = TechContract.register(
                        registering(withDates(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 9))))
                .aggregate();
        var correction = new TechContractCommands.Correct(
                LocalDate.of(2024, 2, 5), withDates(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 9)));

        var change = lastYears.correct(correction);

        assertThat(change.event().registeredOn().getYear()).isEqualTo(2023);
        assertThat(change.event().previousRegisteredOn().getYear()).isEqualTo(2023);
        assertThat(change.aggregate().year()).isEqualTo(2023);
    }

    @Test
    void correctingTheRegistrationDateIntoAnotherYearNamesBothYears() {
        var change = registered().correct(correcting(withDates(SIGNED_ON, LocalDate.of(2023, 12, 28))));

        assertThat(change.event().previousRegisteredOn()).isEqualTo(REGISTERED_ON);
        assertThat(change.event().registeredOn()).isEqualTo(LocalDate.of(2023, 12, 28));
        assertThat(change.aggregate().year()).isEqualTo(2023);
    }

    @Test
    void correctingTheDistrictNamesTheDistrictTheContractCountedInBefore() {
        var change = registered().correct(correcting(withDistrict(District.JIUJIANG)));

        assertThat(change.event().previousDistrict()).isEqualTo(District.WHTZ);
        assertThat(change.event().district()).isEqualTo(District.JIUJIANG);
    }

    @Test
    void aCorrectionIsCheckedAsARegistrationIs() {
        var contract = registered();

        assertThatThrownBy(() -> contract.correct(correcting(withAmounts("100.00", "100.01"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("techTransactionAmount"));
    }

    @Test
    void aCorrectionDatedBeforeTheRegistrationItCorrectsIsRefusedOnCorrectedOn() {
        var contract = registered();
        var early = new TechContractCommands.Correct(REGISTERED_ON.minusDays(1), TechContractMother.terms());

        assertThatThrownBy(() -> contract.correct(early))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("correctedOn"));
    }

    @Test
    void aWithdrawalCarriesWhereWhenAndWithWhatTheContractCounted() {
        var change = registered().withdraw(withdrawing());

        assertThat(change.event())
                .isEqualTo(new TechContractWithdrawn(
                        REGISTRATION_NO,
                        LocalDate.of(2024, 3, 1),
                        "合同已解除",
                        REGISTERED_ON,
                        District.WHTZ,
                        CONTRACT_AMOUNT,
                        TECH_TRANSACTION_AMOUNT));
        assertThat(change.aggregate().withdrawn()).isTrue();
    }

    @Test
    void aWithdrawnContractCannotBeCorrected() {
        var contract = withdrawn();

        assertThatThrownBy(() -> contract.correct(correcting(TechContractMother.terms())))
                .isInstanceOf(Conflict.class)
                .hasMessage("Technology contract 2024340200000108 was withdrawn on 2024-03-01; it cannot be corrected");
    }

    @Test
    void aWithdrawnContractCannotBeWithdrawnAgain() {
        var contract = withdrawn();

        assertThatThrownBy(() -> contract.withdraw(withdrawing()))
                .isInstanceOf(Conflict.class)
                .hasMessageEndingWith("it cannot be withdrawn");
    }

    @Test
    void badInputToAWithdrawnContractIsRefusedAsBadInput() {
        var contract = withdrawn();

        assertThatThrownBy(() -> contract.correct(correcting(withAmounts("-1", "0"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("contractAmount"));
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedOnReason() {
        var contract = registered();

        assertThatThrownBy(() -> contract.withdraw(new TechContractCommands.Withdraw(LocalDate.of(2024, 3, 1), "")))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void aWithdrawalDatedBeforeTheRegistrationIsRefusedOnWithdrawnOn() {
        var contract = registered();

        assertThatThrownBy(() -> contract.withdraw(new TechContractCommands.Withdraw(REGISTERED_ON.minusDays(1), "误登")))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void aContractMayBeCorrectedMoreThanOnceEachCorrectionStartingFromTheLast() {
        var once = registered()
                .correct(correcting(withAmounts("2800000.00", "2500000.01")))
                .aggregate();

        var twice = once.correct(correcting(withAmounts("2900000.00", "2500000.01")));

        assertThat(twice.event().previousContractAmount()).isEqualTo(new BigDecimal("2800000.00"));
    }
}
