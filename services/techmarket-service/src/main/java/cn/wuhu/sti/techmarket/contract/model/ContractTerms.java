package cn.wuhu.sti.techmarket.contract.model;

import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.events.techmarket.ContractParty;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a registered contract says: its kind, parties, amounts in exact yuan (two decimals, the technology-transaction
 * amount not above the contract amount), dates and district. It counts in the year of {@code registeredOn}.
 */
public record ContractTerms(
        ContractKind kind,
        Party seller,
        Party buyer,
        BigDecimal contractAmount,
        BigDecimal techTransactionAmount,
        LocalDate signedOn,
        LocalDate registeredOn,
        District district) {

    // The longest name the published schemas allow.
    private static final int NAME_LENGTH = 200;

    /** A seller or buyer; the USCC is absent where the party has none or it is not known. */
    public record Party(Optional<Uscc> uscc, String name) {

        public Party {
            Objects.requireNonNull(uscc, "uscc");
            Objects.requireNonNull(name, "name");
        }

        ContractParty asPublished() {
            return new ContractParty(uscc.map(Uscc::value), name);
        }
    }

    /** Terms as stored, checked: broken ones are a defect, not a request to refuse. */
    public ContractTerms {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(contractAmount, "contractAmount");
        Objects.requireNonNull(techTransactionAmount, "techTransactionAmount");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(district, "district");
        if (techTransactionAmount.compareTo(contractAmount) > 0 || registeredOn.isBefore(signedOn)) {
            throw new IllegalArgumentException("Contract terms out of order: " + techTransactionAmount + " of "
                    + contractAmount + ", signed " + signedOn + ", registered " + registeredOn);
        }
    }

    /** The terms a caller typed, each field refused by name: {@code seller.uscc}, {@code techTransactionAmount}, …. */
    static ContractTerms from(TechContractCommands.Terms typed) {
        Require.present("terms", typed);
        ContractKind kind = Require.present("kind", typed.kind());
        Party seller = party("seller", typed.seller());
        Party buyer = party("buyer", typed.buyer());
        BigDecimal contractAmount = Require.amount("contractAmount", typed.contractAmount());
        BigDecimal techTransactionAmount = Require.amount("techTransactionAmount", typed.techTransactionAmount());
        if (techTransactionAmount.compareTo(contractAmount) > 0) {
            throw new RuleViolation(
                    "techTransactionAmount", "must not be more than the contract amount, " + contractAmount);
        }
        LocalDate signedOn = Require.present("signedOn", typed.signedOn());
        LocalDate registeredOn = Require.present("registeredOn", typed.registeredOn());
        if (registeredOn.isBefore(signedOn)) {
            throw new RuleViolation("registeredOn", "must not be before " + signedOn + ", when it was signed");
        }
        District district = Require.present("district", typed.district());
        return new ContractTerms(
                kind, seller, buyer, contractAmount, techTransactionAmount, signedOn, registeredOn, district);
    }

    /** The year the contract counts in: the year it was registered, not the year it was signed. */
    public int year() {
        return registeredOn.getYear();
    }

    private static Party party(String role, TechContractCommands.Party typed) {
        Require.present(role, typed);
        String name = Require.text(role + ".name", typed.name(), NAME_LENGTH);
        Optional<Uscc> uscc = Optional.ofNullable(typed.uscc()).map(code -> Require.uscc(role + ".uscc", code));
        return new Party(uscc, name);
    }
}
