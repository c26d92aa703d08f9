package cn.wuhu.sti.reporting.enterprise.model;

import static java.util.function.Predicate.not;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the enterprise indicators of a year over a set of firms, exactly as the contract defines them: "total"
 * is holding a valid recognition (or a designation) on 31 December; the clear-zero (两清零) codes read each firm's
 * latest report of the year, the "cleared" ones also that of the most recent earlier year with a report.
 *
 * <p>Each counted firm comes with the record that makes it count: for "new" the recognition by which it entered the
 * tier in the year, for a tier's total the valid recognition that started last, for the clear-zero codes the report
 * of the year, for {@code enterprise.revoked} each revocation (one per recognition, not per firm), for the leaders,
 * the listing reserve and the listed the designation held since the earliest day, for a move the recognition that
 * made it.
 */
public final class EnterpriseIndicatorCalculator {

    /** The SRDI pool (专精特新): an SRDI SME or a little giant, one rung above the other. */
    private static final Set<Tier> SRDI_POOL = EnumSet.of(Tier.SRDI_SME, Tier.LITTLE_GIANT);

    private static final Comparator<CountedFirm> BY_FIRM_THEN_DAY = Comparator.comparing(
                    (CountedFirm counted) -> counted.firm().uscc())
            .thenComparing(counted -> counted.reason().businessDate());

    /** Of one firm's records for a code, the earliest first; only revocations can be more than one. */
    private static final Comparator<Recorded> BY_DAY = Comparator.comparing(Recorded::businessDate);

    public List<EnterpriseCount> count(int year, Collection<Firm> firms) {
        Map<EnterpriseIndicator, List<CountedFirm>> counted = new EnumMap<>(EnterpriseIndicator.class);
        for (Firm firm : firms) {
            countedOf(firm, year)
                    .forEach((code, ofFirm) -> counted.computeIfAbsent(code, c -> new ArrayList<>())
                            .addAll(ofFirm));
        }
        return Arrays.stream(EnterpriseIndicator.values())
                .map(code -> new EnterpriseCount(
                        code,
                        counted.getOrDefault(code, List.of()).stream()
                                .sorted(BY_FIRM_THEN_DAY)
                                .toList()))
                .toList();
    }

    /** The values alone. */
    public List<Indicator> calculate(int year, Collection<Firm> firms) {
        return count(year, firms).stream().map(EnterpriseCount::indicator).toList();
    }

    /**
     * What one firm adds to each code of the year, in one pass over that firm alone, so a reader that keeps the
     * counts can update them for the firms that changed instead of counting every firm again. A code the firm does
     * not count in is absent; a code's records are in order of business date, as {@link #count} lists them within a
     * firm.
     */
    public Map<EnterpriseIndicator, List<CountedFirm>> countedOf(Firm firm, int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<EnterpriseIndicator, List<CountedFirm>> counted = new EnumMap<>(EnterpriseIndicator.class);
        for (EnterpriseIndicator code : EnterpriseIndicator.values()) {
            List<? extends Recorded> reasons = reasons(code, firm, year, yearEnd);
            if (!reasons.isEmpty()) {
                counted.put(
                        code,
                        reasons.stream()
                                .sorted(BY_DAY)
                                .map(reason -> new CountedFirm(firm, reason))
                                .toList());
            }
        }
        return counted;
    }

    private static List<? extends Recorded> reasons(
            EnterpriseIndicator indicator, Firm firm, int year, LocalDate yearEnd) {
        return switch (indicator) {
            case HIGH_TECH_NEW -> one(firm.newRecognitionIn(Tier.HIGH_TECH, year));
            case HIGH_TECH_TOTAL -> one(firm.validRecognition(Tier.HIGH_TECH, yearEnd));
            case TECH_SME_NEW -> one(firm.newRecognitionIn(Tier.TECH_SME, year));
            case TECH_SME_TOTAL -> one(firm.validRecognition(Tier.TECH_SME, yearEnd));
            case SRDI_TOTAL -> one(firm.validRecognition(Tier.SRDI_SME, yearEnd));
            case LITTLE_GIANT_TOTAL -> one(firm.validRecognition(Tier.LITTLE_GIANT, yearEnd));
            case RD_ZERO_NO_ACTIVITY_REMAINING -> one(remaining(firm, RdZeroGap.NO_ACTIVITY, year));
            case RD_ZERO_NO_INSTITUTION_REMAINING -> one(remaining(firm, RdZeroGap.NO_INSTITUTION, year));
            case REVOKED -> firm.revocationsIn(year);
            case LEADERS_PROVINCIAL_TOTAL -> one(firm.designation(Designation.LEADER_PROVINCIAL, yearEnd));
            case LEADERS_MUNICIPAL_TOTAL -> one(firm.designation(Designation.LEADER_MUNICIPAL, yearEnd));
            case LISTING_RESERVE_TOTAL ->
                one(firm.designation(Designation.LISTING_RESERVE, yearEnd)
                        .filter(reserve -> !firm.isDesignated(Designation.LISTED, yearEnd)));
            case LISTED_TOTAL -> one(firm.designation(Designation.LISTED, yearEnd));
            case MOVES_SRDI_TO_HIGH_TECH -> one(moveFromSrdiToHighTech(firm, year));
            case MOVES_HIGH_TECH_TO_SRDI -> one(moveFromHighTechToSrdi(firm, year));
            case RD_ZERO_NO_ACTIVITY_CLEARED -> one(cleared(firm, RdZeroGap.NO_ACTIVITY, year));
            case RD_ZERO_NO_INSTITUTION_CLEARED -> one(cleared(firm, RdZeroGap.NO_INSTITUTION, year));
        };
    }

    private static List<? extends Recorded> one(Optional<? extends Recorded> reason) {
        return reason.stream().toList();
    }

    /** The first high-tech recognition of the year that entered the tier while the firm held an SRDI one. */
    private static Optional<Recognition> moveFromSrdiToHighTech(Firm firm, int year) {
        return firm.entriesInto(EnumSet.of(Tier.HIGH_TECH), year).stream()
                .filter(entry -> firm.holdsAnyValid(SRDI_POOL, entry.recognizedOn()))
                .findFirst();
    }

    /** The first SRDI-pool recognition of the year that entered the pool while the firm held a high-tech one. */
    private static Optional<Recognition> moveFromHighTechToSrdi(Firm firm, int year) {
        return firm.entriesInto(SRDI_POOL, year).stream()
                .filter(entry -> firm.holdsValid(Tier.HIGH_TECH, entry.recognizedOn()))
                .findFirst();
    }

    private static Optional<AnnualReport> remaining(Firm firm, RdZeroGap gap, int year) {
        return firm.reportOf(year).filter(gap::covers);
    }

    private static Optional<AnnualReport> cleared(Firm firm, RdZeroGap gap, int year) {
        return firm.reportOf(year)
                .filter(not(gap::covers))
                .filter(report ->
                        firm.latestReportBefore(year).filter(gap::covers).isPresent());
    }
}
