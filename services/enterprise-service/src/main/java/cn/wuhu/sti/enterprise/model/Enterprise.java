package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A firm on the tiering ladder (梯度培育), identified by its USCC. Each command changes the firm and returns the
 * event that records the change; the application service stores both in one write.
 */
public final class Enterprise {

    private final Uscc uscc;
    private final String name;
    private final District district;
    private final Industry industry;
    private final LocalDate registeredOn;
    private final List<Recognition> recognitions;
    private final List<AnnualReport> annualReports;
    private Origin origin;

    public Enterprise(
            Uscc uscc,
            String name,
            District district,
            Industry industry,
            LocalDate registeredOn,
            List<Recognition> recognitions,
            List<AnnualReport> annualReports,
            Origin origin) {
        this.uscc = uscc;
        this.name = name;
        this.district = district;
        this.industry = industry;
        this.registeredOn = registeredOn;
        this.recognitions = new ArrayList<>(recognitions);
        this.annualReports = new ArrayList<>(annualReports);
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
        var enterprise = new Enterprise(
                command.uscc(),
                command.name(),
                command.district(),
                command.industry(),
                command.registeredOn(),
                List.of(),
                List.of(),
                origin);
        var event = new EnterpriseRegistered(
                command.uscc().value(), command.name(), command.district(), command.industry(), command.registeredOn());
        return new Registration(enterprise, event);
    }

    /**
     * Adds a recognition. It may overlap or follow an earlier one of the same tier (a renewal); the same certificate
     * twice is refused.
     */
    public EnterpriseRecognized recognize(EnterpriseCommands.Recognize command) {
        var recognition =
                new Recognition(command.tier(), command.certificateNo(), command.recognizedOn(), command.validUntil());
        boolean certificateKnown =
                recognitions.stream().anyMatch(r -> r.certificateNo().equals(recognition.certificateNo()));
        if (certificateKnown) {
            throw new Conflict("Certificate " + recognition.certificateNo() + " is already recorded for " + uscc);
        }
        boolean renewal =
                holdsValid(recognition.tier(), recognition.recognizedOn().minusDays(1));
        recognitions.add(recognition);
        return new EnterpriseRecognized(
                uscc.value(),
                district,
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
                uscc.value(),
                district,
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
        return uscc;
    }

    public String name() {
        return name;
    }

    public District district() {
        return district;
    }

    public Industry industry() {
        return industry;
    }

    public LocalDate registeredOn() {
        return registeredOn;
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
