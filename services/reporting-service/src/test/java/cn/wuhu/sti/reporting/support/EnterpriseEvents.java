package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.CandidateIdentified;
import cn.wuhu.sti.events.enterprise.EnterpriseDesignated;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.events.enterprise.RecognitionExpired;
import cn.wuhu.sti.events.enterprise.RecognitionRevoked;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Object Mother of enterprise events; every firm gets its own 18-character USCC so tests do not meet. */
public final class EnterpriseEvents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();

    public static String uniqueUscc() {
        String serial = RUN + String.format("%05d", SEQUENCE.incrementAndGet());
        String prefix = "9134020";
        return prefix + "0".repeat(18 - prefix.length() - serial.length()) + serial;
    }

    public static EnterpriseRegistered registered(String uscc, District district) {
        return registered(uscc, district, Industry.ROBOTICS);
    }

    public static EnterpriseRegistered registered(String uscc, District district, Industry industry) {
        return new EnterpriseRegistered(uscc, "芜湖测试科技有限公司", district, industry, LocalDate.of(2015, 5, 1));
    }

    public static EnterpriseRecognized highTechWithinYear(String uscc, District district, int year) {
        return recognized(uscc, district, Tier.HIGH_TECH, year + "-03-01", year + "-12-31");
    }

    public static EnterpriseRecognized recognized(
            String uscc, District district, Tier tier, String recognizedOn, String validUntil) {
        return new EnterpriseRecognized(
                uscc,
                district,
                tier,
                "GR" + uscc.substring(8) + tier.ordinal() + recognizedOn.replace("-", ""),
                LocalDate.parse(recognizedOn),
                LocalDate.parse(validUntil),
                false);
    }

    public static RecognitionRevoked revoked(EnterpriseRecognized recognition, String revokedOn) {
        return new RecognitionRevoked(
                recognition.uscc(),
                recognition.district(),
                recognition.tier(),
                recognition.certificateNo(),
                LocalDate.parse(revokedOn),
                "弄虚作假取得认定");
    }

    public static RecognitionExpired expired(EnterpriseRecognized recognition) {
        return new RecognitionExpired(
                recognition.uscc(),
                recognition.district(),
                recognition.tier(),
                recognition.certificateNo(),
                recognition.validUntil(),
                recognition.validUntil().plusDays(1));
    }

    public static EnterpriseDesignated designated(String uscc, District district, Designation kind, String since) {
        return new EnterpriseDesignated(uscc, district, kind, LocalDate.parse(since));
    }

    public static CandidateIdentified candidate(String uscc, District district, Tier tier, int year) {
        return new CandidateIdentified(uscc, district, tier, year, 1, "rules-" + year, LocalDate.of(year, 1, 1));
    }

    /** An above-scale manufacturer's report with neither R&amp;D activity nor an R&amp;D institution. */
    public static AnnualReportFiled reportWithoutRd(
            String uscc, District district, int year, int revision, String revenue) {
        return report(uscc, district, year, revision, revenue, false, false);
    }

    public static AnnualReportFiled report(
            String uscc,
            District district,
            int year,
            int revision,
            String revenue,
            boolean rdActivity,
            boolean rdInstitution) {
        return new AnnualReportFiled(
                uscc,
                district,
                year,
                revision,
                new BigDecimal(revenue),
                new BigDecimal("1000000.00"),
                rdActivity,
                rdInstitution,
                12,
                300,
                BigDecimal.ZERO,
                true);
    }

    private EnterpriseEvents() {}
}
