package cn.wuhu.sti.techmarket.contract.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.TechContractCorrected;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.events.techmarket.TechContractWithdrawn;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A registered technology contract (技术合同认定登记), known by its 16-digit registration number. It can be corrected
 * any number of times and withdrawn once; a withdrawn contract is neither corrected nor withdrawn again. Immutable:
 * every command returns the contract it became and the event that records the change.
 */
public final class TechContract {

    private static final Pattern REGISTRATION_NO = Pattern.compile("[0-9]{16}");

    // The longest reason the published schema allows.
    private static final int REASON_LENGTH = 500;

    /** Why and when the registration was withdrawn. */
    public record Withdrawal(LocalDate withdrawnOn, String reason) {

        public Withdrawal {
            Objects.requireNonNull(withdrawnOn, "withdrawnOn");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final String registrationNo;
    private final ContractTerms terms;
    private final Withdrawal withdrawal;

    /** A contract as stored. */
    public TechContract(String registrationNo, ContractTerms terms, Optional<Withdrawal> withdrawal) {
        this.registrationNo = Objects.requireNonNull(registrationNo, "registrationNo");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.withdrawal = withdrawal.orElse(null);
    }

    /** The registration number is the contract's id; a second registration under it is the store's conflict. */
    public static Change<TechContract, TechContractRegistered> register(TechContractCommands.Register command) {
        String registrationNo = Require.present("registrationNo", command.registrationNo());
        if (!REGISTRATION_NO.matcher(registrationNo).matches()) {
            throw new RuleViolation("registrationNo", "must be 16 digits");
        }
        ContractTerms terms = ContractTerms.from(command.terms());
        var contract = new TechContract(registrationNo, terms, Optional.empty());
        var event = new TechContractRegistered(
                registrationNo,
                terms.kind(),
                terms.seller().asPublished(),
                terms.buyer().asPublished(),
                terms.contractAmount(),
                terms.techTransactionAmount(),
                terms.signedOn(),
                terms.registeredOn(),
                terms.district());
        return new Change<>(contract, event);
    }

    /**
     * Replaces the terms, checked as at registration. The contract then counts in the year of the corrected
     * {@code registeredOn}; the event carries the figures it counted with before, so that year is restated too. A
     * correction is made no earlier than the registration it corrects.
     */
    public Change<TechContract, TechContractCorrected> correct(TechContractCommands.Correct command) {
        LocalDate correctedOn = Require.present("correctedOn", command.correctedOn());
        ContractTerms corrected = ContractTerms.from(command.terms());
        if (correctedOn.isBefore(corrected.registeredOn())) {
            throw new RuleViolation(
                    "correctedOn", "must not be before " + corrected.registeredOn() + ", when it was registered");
        }
        requireNotWithdrawn("corrected");
        var event = new TechContractCorrected(
                registrationNo,
                correctedOn,
                corrected.kind(),
                corrected.seller().asPublished(),
                corrected.buyer().asPublished(),
                corrected.contractAmount(),
                corrected.techTransactionAmount(),
                corrected.signedOn(),
                corrected.registeredOn(),
                corrected.district(),
                terms.registeredOn(),
                terms.district(),
                terms.contractAmount(),
                terms.techTransactionAmount());
        return new Change<>(new TechContract(registrationNo, corrected, Optional.empty()), event);
    }

    /** The contract stops counting; the event says where and with what it counted, to take it out there. */
    public Change<TechContract, TechContractWithdrawn> withdraw(TechContractCommands.Withdraw command) {
        // The request names the day "date", so that is the field a refusal names.
        LocalDate withdrawnOn = Require.present("date", command.withdrawnOn());
        String reason = Require.text("reason", command.reason(), REASON_LENGTH);
        if (withdrawnOn.isBefore(terms.registeredOn())) {
            throw new RuleViolation("date", "must not be before " + terms.registeredOn() + ", when it was registered");
        }
        requireNotWithdrawn("withdrawn");
        var withdrawn = new TechContract(registrationNo, terms, Optional.of(new Withdrawal(withdrawnOn, reason)));
        var event = new TechContractWithdrawn(
                registrationNo,
                withdrawnOn,
                reason,
                terms.registeredOn(),
                terms.district(),
                terms.contractAmount(),
                terms.techTransactionAmount());
        return new Change<>(withdrawn, event);
    }

    public String registrationNo() {
        return registrationNo;
    }

    public ContractTerms terms() {
        return terms;
    }

    /** The year the contract counts in: the year it was registered. */
    public int year() {
        return terms.year();
    }

    public Optional<Withdrawal> withdrawal() {
        return Optional.ofNullable(withdrawal);
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    private void requireNotWithdrawn(String asAMove) {
        if (withdrawal != null) {
            throw new Conflict("Technology contract " + registrationNo + " was withdrawn on " + withdrawal.withdrawnOn()
                    + "; it cannot be " + asAMove);
        }
    }
}
