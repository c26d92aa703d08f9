package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Firms for calculator tests, built up one fact at a time. */
final class FirmMother {

    private final Set<Recognition> recognitions = new HashSet<>();
    private final Set<HeldDesignation> designations = new HashSet<>();
    private final Map<Integer, AnnualReport> reports = new HashMap<>();
    private int certificates;

    static FirmMother aFirm() {
        return new FirmMother();
    }

    FirmMother recognized(Tier tier, String from, String until) {
        recognitions.add(
                new Recognition(tier, "CERT-" + (++certificates), LocalDate.parse(from), LocalDate.parse(until)));
        return this;
    }

    FirmMother revoked(Tier tier, String from, String until, String revokedOn) {
        recognitions.add(
                new Recognition(tier, "CERT-" + (++certificates), LocalDate.parse(from), LocalDate.parse(until))
                        .revokedAsOf(LocalDate.parse(revokedOn)));
        return this;
    }

    FirmMother highTech(String from, String until) {
        return recognized(Tier.HIGH_TECH, from, until);
    }

    FirmMother srdi(String from, String until) {
        return recognized(Tier.SRDI_SME, from, until);
    }

    FirmMother designated(Designation kind, String since) {
        designations.add(new HeldDesignation(kind, LocalDate.parse(since)));
        return this;
    }

    FirmMother reported(int year, int revision, String revenue, boolean rdActivity, boolean rdInstitution) {
        reports.put(year, new AnnualReport(year, revision, new BigDecimal(revenue), rdActivity, rdInstitution, true));
        return this;
    }

    FirmMother reportedAsNotAboveScale(int year, String revenue) {
        reports.put(year, new AnnualReport(year, 1, new BigDecimal(revenue), false, false, false));
        return this;
    }

    Firm build() {
        return new Firm(
                "91340200MA2XXXXXX" + recognitions.size(), District.JINGHU, recognitions, designations, reports);
    }
}
