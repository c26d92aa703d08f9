package cn.wuhu.sti.reporting.enterprise.model;

import static java.util.function.Predicate.not;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

    public List<EnterpriseCount> count(int year, Collection<Firm> firms) {
        return Arrays.stream(EnterpriseIndicator.values())
                .map(indicator -> new EnterpriseCount(
                        indicator,
                        counted(indicator, year, firms).stream()
                                .sorted(BY_FIRM_THEN_DAY)
                                .toList()))
                .toList();
    }

    /** The values alone. */
    public List<Indicator> calculate(int year, Collection<Firm> firms) {
        return count(year, firms).stream().map(EnterpriseCount::indicator).toList();
    }

    private static List<CountedFirm> counted(EnterpriseIndicator indicator, int year, Collection<Firm> firms) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return switch (indicator) {
            case HIGH_TECH_NEW -> each(firms, f -> f.newRecognitionIn(Tier.HIGH_TECH, year));
            case HIGH_TECH_TOTAL -> each(firms, f -> f.validRecognition(Tier.HIGH_TECH, yearEnd));
            case TECH_SME_NEW -> each(firms, f -> f.newRecognitionIn(Tier.TECH_SME, year));
            case TECH_SME_TOTAL -> each(firms, f -> f.validRecognition(Tier.TECH_SME, yearEnd));
            case SRDI_TOTAL -> each(firms, f -> f.validRecognition(Tier.SRDI_SME, yearEnd));
            case LITTLE_GIANT_TOTAL -> each(firms, f -> f.validRecognition(Tier.LITTLE_GIANT, yearEnd));
            case RD_ZERO_NO_ACTIVITY_REMAINING -> each(firms, f -> remaining(f, RdZeroGap.NO_ACTIVITY, year));
            case RD_ZERO_NO_INSTITUTION_REMAINING -> each(firms, f -> remaining(f, RdZeroGap.NO_INSTITUTION, year));
            case REVOKED ->
                firms.stream()
                        .flatMap(f -> f.revocationsIn(year).stream().map(revocation -> new CountedFirm(f, revocation)))
                        .toList();
            case LEADERS_PROVINCIAL_TOTAL -> each(firms, f -> f.designation(Designation.LEADER_PROVINCIAL, yearEnd));
            case LEADERS_MUNICIPAL_TOTAL -> each(firms, f -> f.designation(Designation.LEADER_MUNICIPAL, yearEnd));
            case LISTING_RESERVE_TOTAL ->
                each(
                        firms,
                        f -> f.designation(Designation.LISTING_RESERVE, yearEnd)
                                .filter(reserve -> !f.isDesignated(Designation.LISTED, yearEnd)));
            case LISTED_TOTAL -> each(firms, f -> f.designation(Designation.LISTED, yearEnd));
            case MOVES_SRDI_TO_HIGH_TECH -> each(firms, f -> moveFromSrdiToHighTech(f, year));
            case MOVES_HIGH_TECH_TO_SRDI -> each(firms, f -> moveFromHighTechToSrdi(f, year));
            case RD_ZERO_NO_ACTIVITY_CLEARED -> each(firms, f -> cleared(f, RdZeroGap.NO_ACTIVITY, year));
            case RD_ZERO_NO_INSTITUTION_CLEARED -> each(firms, f -> cleared(f, RdZeroGap.NO_INSTITUTION, year));
        };
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

    private static List<CountedFirm> each(Collection<Firm> firms, Function<Firm, Optional<? extends Recorded>> reason) {
        return firms.stream()
                .flatMap(firm -> reason.apply(firm).map(r -> new CountedFirm(firm, r)).stream())
                .toList();
    }
}
