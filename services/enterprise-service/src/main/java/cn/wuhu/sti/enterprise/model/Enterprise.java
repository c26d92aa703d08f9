package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseDesignated;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.events.enterprise.RecognitionExpired;
import cn.wuhu.sti.events.enterprise.RecognitionRevoked;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A firm on the tiering ladder (梯度培育), identified by its USCC. Each command changes the firm and returns the
 * event that records the change; the application service stores both in one write.
 */
public final class Enterprise {

    private final EnterpriseCommands.Register profile;
    private final List<Recognition> recognitions;
    private final List<AnnualReport> annualReports;
    private final List<DesignationHeld> designations;
    private Origin origin;

    /** A firm as registered ({@code profile}) with what happened to it since; {@code origin} may be null. */
    public Enterprise(
            EnterpriseCommands.Register profile,
            List<Recognition> recognitions,
            List<AnnualReport> annualReports,
            List<DesignationHeld> designations,
            Origin origin) {
        this.profile = profile;
        this.recognitions = new ArrayList<>(recognitions);
        this.annualReports = new ArrayList<>(annualReports);
        this.designations = new ArrayList<>(designations);
        this.origin = origin;
    }

    public record Registration(Enterprise enterprise, EnterpriseRegistered event) {}

    public static Registration register(EnterpriseCommands.Register command) {
        return register(command, null);
    }

    /** The company a talent team registered enters the register knowing where it came from. */
    public static Registration registerFrom(Origin origin, EnterpriseCommands.Register command) {
        return register(command, Objects.requireNonNull(origin, "origin"));
    }

    private static Registration register(EnterpriseCommands.Register command, Origin origin) {
        var enterprise = new Enterprise(command, List.of(), List.of(), List.of(), origin);
        var event = new EnterpriseRegistered(
                command.uscc().value(), command.name(), command.district(), command.industry(), command.registeredOn());
        return new Registration(enterprise, event);
    }

    /**
     * Adds a recognition. It may overlap or follow an earlier one of the same tier (a renewal); the same certificate
     * twice is refused.
     */
    public EnterpriseRecognized recognize(EnterpriseCommands.Recognize command) {
        var recognition = Recognition.granted(command);
        boolean certificateKnown =
                recognitions.stream().anyMatch(r -> r.certificateNo().equals(recognition.certificateNo()));
        if (certificateKnown) {
            throw new Conflict("Certificate " + recognition.certificateNo() + " is already recorded for " + uscc());
        }
        boolean renewal =
                holdsValid(recognition.tier(), recognition.recognizedOn().minusDays(1));
        recognitions.add(recognition);
        return new EnterpriseRecognized(
                uscc().value(),
                district(),
                recognition.tier(),
                recognition.certificateNo(),
                recognition.recognizedOn(),
                recognition.validUntil(),
                renewal);
    }

    /** Files a report; a later filing for the same year supersedes the earlier and gets the next revision. */
    public AnnualReportFiled fileAnnualReport(EnterpriseCommands.FileAnnualReport command) {
        if (command.sciTechStaff() > command.staff()) {
            throw new RuleViolation("sciTechStaff", "must not exceed staff");
        }
        if (command.highTechRevenue().compareTo(command.revenue()) > 0) {
            throw new RuleViolation("highTechRevenue", "must not exceed revenue");
        }
        int revision =
                latestReportFor(command.year()).map(r -> r.revision() + 1).orElse(1);
        annualReports.add(AnnualReport.filed(revision, command));
        return new AnnualReportFiled(
                uscc().value(),
                district(),
                command.year(),
                revision,
                command.revenue(),
                command.rdExpense(),
                command.rdActivity(),
                command.rdInstitution(),
                command.sciTechStaff(),
                command.staff(),
                command.highTechRevenue(),
                command.aboveScaleManufacturer());
    }

    /**
     * Revokes a recognition from {@code command.date()} on. The date lies within the recognition's term; a
     * recognition revoked already, or run out before that date, is a {@link Conflict}.
     */
    public RecognitionRevoked revoke(EnterpriseCommands.Revoke command) {
        int index = indexOf(command.certificateNo());
        Recognition recognition = recognitions.get(index);
        recognition.revokedOn().ifPresent(on -> {
            throw new Conflict("Certificate " + command.certificateNo() + " was already revoked on " + on);
        });
        if (command.date().isBefore(recognition.recognizedOn())) {
            throw new RuleViolation(
                    "date", "must not be before the recognition's first day " + recognition.recognizedOn());
        }
        if (command.date().isAfter(recognition.validUntil())) {
            throw new Conflict("Certificate " + command.certificateNo() + " ran out on " + recognition.validUntil()
                    + "; there is nothing left to revoke on " + command.date());
        }
        recognitions.set(index, recognition.revokedFrom(new Recognition.Revocation(command.date(), command.reason())));
        return new RecognitionRevoked(
                uscc().value(),
                district(),
                recognition.tier(),
                recognition.certificateNo(),
                command.date(),
                command.reason());
    }

    /**
     * The expiries due by {@code today} that have not been announced: each recognition that was valid to its last
     * day and ran out before today gives one event, once; it is then marked announced.
     */
    public List<RecognitionExpired> expire(LocalDate today) {
        List<RecognitionExpired> expired = new ArrayList<>();
        for (int i = 0; i < recognitions.size(); i++) {
            Recognition recognition = recognitions.get(i);
            if (recognition.expiryDue(today)) {
                recognitions.set(i, recognition.withExpiryAnnounced());
                expired.add(new RecognitionExpired(
                        uscc().value(),
                        district(),
                        recognition.tier(),
                        recognition.certificateNo(),
                        recognition.validUntil(),
                        recognition.expiresOn()));
            }
        }
        return expired;
    }

    /**
     * Designates the firm from {@code since}. Each kind is given once; a listed firm is not designated listing
     * reserve any more, and the designation cannot predate the firm's registration.
     */
    public EnterpriseDesignated designate(EnterpriseCommands.Designate command) {
        if (command.since().isBefore(registeredOn())) {
            throw new RuleViolation("since", "must not be before the firm's registration on " + registeredOn());
        }
        designations.stream()
                .filter(d -> d.kind() == command.kind())
                .findFirst()
                .ifPresent(held -> {
                    throw new Conflict(uscc() + " is already designated " + command.kind() + " since " + held.since());
                });
        if (command.kind() == Designation.LISTING_RESERVE) {
            designations.stream()
                    .filter(d ->
                            d.kind() == Designation.LISTED && !command.since().isBefore(d.since()))
                    .findFirst()
                    .ifPresent(listed -> {
                        throw new Conflict(uscc() + " is listed since " + listed.since()
                                + "; a listed firm is no listing reserve");
                    });
        }
        designations.add(new DesignationHeld(command.kind(), command.since()));
        return new EnterpriseDesignated(uscc().value(), district(), command.kind(), command.since());
    }

    /** The pools of 三库联动 the firm sits in on {@code day}, in their order. */
    public List<Pool> poolsOn(LocalDate day) {
        return Arrays.stream(Pool.values())
                .filter(pool -> pool.holds(this, day))
                .toList();
    }

    public boolean designatedOn(Designation kind, LocalDate day) {
        return designations.stream().anyMatch(d -> d.kind() == kind && d.heldOn(day));
    }

    private int indexOf(String certificateNo) {
        for (int i = 0; i < recognitions.size(); i++) {
            if (recognitions.get(i).certificateNo().equals(certificateNo)) {
                return i;
            }
        }
        throw new NotFound("No recognition " + certificateNo + " for " + uscc());
    }

    /**
     * Records where a firm already on the register came from, keeping everything else; false when it already says
     * so or came from elsewhere first (the first origin stands).
     */
    public boolean attach(Origin candidate) {
        if (origin != null) {
            return false;
        }
        origin = candidate;
        return true;
    }

    public boolean holdsValid(Tier tier, LocalDate day) {
        return recognitions.stream().anyMatch(r -> r.tier() == tier && r.isValidOn(day));
    }

    public List<Tier> tiersOn(LocalDate day) {
        return recognitions.stream()
                .filter(r -> r.isValidOn(day))
                .map(Recognition::tier)
                .distinct()
                .sorted()
                .toList();
    }

    public Optional<AnnualReport> latestReportFor(int year) {
        return annualReports.stream()
                .filter(r -> r.year() == year)
                .max(Comparator.comparingInt(AnnualReport::revision));
    }

    /** The reports in force: the latest revision of each year, most recent year first. */
    public List<AnnualReport> reportsInForce() {
        return annualReports.stream()
                .map(AnnualReport::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .map(year -> latestReportFor(year).orElseThrow())
                .toList();
    }

    public Uscc uscc() {
        return profile.uscc();
    }

    public String name() {
        return profile.name();
    }

    public District district() {
        return profile.district();
    }

    public Industry industry() {
        return profile.industry();
    }

    public LocalDate registeredOn() {
        return profile.registeredOn();
    }

    public EnterpriseCommands.Register profile() {
        return profile;
    }

    public List<DesignationHeld> designations() {
        return List.copyOf(designations);
    }

    public List<Recognition> recognitions() {
        return List.copyOf(recognitions);
    }

    public List<AnnualReport> annualReports() {
        return List.copyOf(annualReports);
    }

    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }
}
