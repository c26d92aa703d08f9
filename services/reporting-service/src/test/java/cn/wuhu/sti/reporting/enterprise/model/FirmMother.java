package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Firms for calculator tests, built up one fact at a time. Each fact is recorded by an event; a test that names the
 * events passes their ids, the others get ids of their own.
 */
public final class FirmMother {

    static final String RECOGNIZED = "cn.wuhu.sti.enterprise.recognized.v1";
    static final String REVOKED = "cn.wuhu.sti.enterprise.recognition-revoked.v1";
    static final String DESIGNATED = "cn.wuhu.sti.enterprise.designated.v1";
    static final String REPORTED = "cn.wuhu.sti.enterprise.annual-report-filed.v1";

    private static int firms;

    private final String uscc;
    private final Set<Recognition> recognitions = new HashSet<>();
    private final Set<HeldDesignation> designations = new HashSet<>();
    private final Map<Integer, AnnualReport> reports = new HashMap<>();
    private District district = District.JINGHU;
    private Optional<Industry> industry = Optional.empty();
    private Recognition last;
    private int events;

    private FirmMother(String uscc) {
        this.uscc = uscc;
    }

    public static FirmMother aFirm() {
        return aFirm("91340200MA2XXXX" + String.format("%03d", ++firms));
    }

    public static FirmMother aFirm(String uscc) {
        return new FirmMother(uscc);
    }

    public FirmMother inDistrict(District registered) {
        district = registered;
        return this;
    }

    public FirmMother inIndustry(Industry registered) {
        industry = Optional.of(registered);
        return this;
    }

    public FirmMother recognized(Tier tier, String from, String until) {
        return recognized(tier, from, until, nextEventId());
    }

    public FirmMother recognized(Tier tier, String from, String until, String eventId) {
        last = new Recognition(
                tier,
                "CERT-" + eventId,
                LocalDate.parse(from),
                LocalDate.parse(until),
                new SourceEvent(eventId, RECOGNIZED));
        recognitions.add(last);
        return this;
    }

    public FirmMother revoked(Tier tier, String from, String until, String revokedOn) {
        return recognized(tier, from, until).revokedOn(revokedOn, nextEventId());
    }

    /** Revokes the recognition added last. */
    public FirmMother revokedOn(String day, String eventId) {
        recognitions.remove(last);
        last = last.revokedBy(new Revocation(LocalDate.parse(day), Optional.of(new SourceEvent(eventId, REVOKED))));
        recognitions.add(last);
        return this;
    }

    public FirmMother highTech(String from, String until) {
        return recognized(Tier.HIGH_TECH, from, until);
    }

    public FirmMother highTech(String from, String until, String eventId) {
        return recognized(Tier.HIGH_TECH, from, until, eventId);
    }

    public FirmMother srdi(String from, String until) {
        return recognized(Tier.SRDI_SME, from, until);
    }

    public FirmMother srdi(String from, String until, String eventId) {
        return recognized(Tier.SRDI_SME, from, until, eventId);
    }

    public FirmMother designated(Designation kind, String since) {
        return designated(kind, since, nextEventId());
    }

    public FirmMother designated(Designation kind, String since, String eventId) {
        designations.add(new HeldDesignation(kind, LocalDate.parse(since), new SourceEvent(eventId, DESIGNATED)));
        return this;
    }

    public FirmMother reported(int year, int revision, String revenue, boolean rdActivity, boolean rdInstitution) {
        return reported(year, revision, revenue, rdActivity, rdInstitution, nextEventId());
    }

    public FirmMother reported(
            int year, int revision, String revenue, boolean rdActivity, boolean rdInstitution, String eventId) {
        reports.put(
                year,
                new AnnualReport(
                        year,
                        revision,
                        new BigDecimal(revenue),
                        rdActivity,
                        rdInstitution,
                        true,
                        Optional.of(new SourceEvent(eventId, REPORTED))));
        return this;
    }

    public FirmMother reportedAsNotAboveScale(int year, String revenue) {
        reports.put(
                year,
                new AnnualReport(
                        year,
                        1,
                        new BigDecimal(revenue),
                        false,
                        false,
                        false,
                        Optional.of(new SourceEvent(nextEventId(), REPORTED))));
        return this;
    }

    public Firm build() {
        return new Firm(uscc, district, industry, recognitions, designations, reports);
    }

    private String nextEventId() {
        return uscc + "-event-" + (++events);
    }
}
