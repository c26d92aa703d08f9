package cn.wuhu.sti.reporting.enterprise.model;

import static java.util.function.Predicate.not;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Computes the enterprise indicators of a year over a set of firms, exactly as the contract defines them: "total"
 * is holding a valid recognition (or a designation) on 31 December; the clear-zero (两清零) codes read each firm's
 * latest report of the year, the "cleared" ones also that of the most recent earlier year with a report.
 */
public final class EnterpriseIndicatorCalculator {

    /** The SRDI pool (专精特新): an SRDI SME or a little giant, one rung above the other. */
    private static final Set<Tier> SRDI_POOL = EnumSet.of(Tier.SRDI_SME, Tier.LITTLE_GIANT);

    public List<Indicator> calculate(int year, Collection<Firm> firms) {
        return Arrays.stream(EnterpriseIndicator.values())
                .map(indicator -> indicator.of(BigDecimal.valueOf(value(indicator, year, firms))))
                .toList();
    }

    private static long value(EnterpriseIndicator indicator, int year, Collection<Firm> firms) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return switch (indicator) {
            case HIGH_TECH_NEW -> count(firms, f -> f.newlyRecognizedIn(Tier.HIGH_TECH, year));
            case HIGH_TECH_TOTAL -> count(firms, f -> f.holdsValid(Tier.HIGH_TECH, yearEnd));
            case TECH_SME_NEW -> count(firms, f -> f.newlyRecognizedIn(Tier.TECH_SME, year));
            case TECH_SME_TOTAL -> count(firms, f -> f.holdsValid(Tier.TECH_SME, yearEnd));
            case SRDI_TOTAL -> count(firms, f -> f.holdsValid(Tier.SRDI_SME, yearEnd));
            case LITTLE_GIANT_TOTAL -> count(firms, f -> f.holdsValid(Tier.LITTLE_GIANT, yearEnd));
            case RD_ZERO_NO_ACTIVITY_REMAINING -> count(firms, f -> remains(f, RdZeroGap.NO_ACTIVITY, year));
            case RD_ZERO_NO_INSTITUTION_REMAINING -> count(firms, f -> remains(f, RdZeroGap.NO_INSTITUTION, year));
            case REVOKED ->
                firms.stream().mapToLong(f -> f.recognitionsRevokedIn(year)).sum();
            case LEADERS_PROVINCIAL_TOTAL -> count(firms, f -> f.isDesignated(Designation.LEADER_PROVINCIAL, yearEnd));
            case LEADERS_MUNICIPAL_TOTAL -> count(firms, f -> f.isDesignated(Designation.LEADER_MUNICIPAL, yearEnd));
            case LISTING_RESERVE_TOTAL ->
                count(
                        firms,
                        f -> f.isDesignated(Designation.LISTING_RESERVE, yearEnd)
                                && !f.isDesignated(Designation.LISTED, yearEnd));
            case LISTED_TOTAL -> count(firms, f -> f.isDesignated(Designation.LISTED, yearEnd));
            case MOVES_SRDI_TO_HIGH_TECH -> count(firms, f -> movedFromSrdiToHighTech(f, year));
            case MOVES_HIGH_TECH_TO_SRDI -> count(firms, f -> movedFromHighTechToSrdi(f, year));
            case RD_ZERO_NO_ACTIVITY_CLEARED -> count(firms, f -> cleared(f, RdZeroGap.NO_ACTIVITY, year));
            case RD_ZERO_NO_INSTITUTION_CLEARED -> count(firms, f -> cleared(f, RdZeroGap.NO_INSTITUTION, year));
        };
    }

    private static boolean movedFromSrdiToHighTech(Firm firm, int year) {
        return firm.entriesInto(EnumSet.of(Tier.HIGH_TECH), year).stream()
                .anyMatch(day -> firm.holdsAnyValid(SRDI_POOL, day));
    }

    private static boolean movedFromHighTechToSrdi(Firm firm, int year) {
        return firm.entriesInto(SRDI_POOL, year).stream().anyMatch(day -> firm.holdsValid(Tier.HIGH_TECH, day));
    }

    private static boolean remains(Firm firm, RdZeroGap gap, int year) {
        return firm.reportOf(year).filter(gap::covers).isPresent();
    }

    private static boolean cleared(Firm firm, RdZeroGap gap, int year) {
        return firm.reportOf(year).filter(not(gap::covers)).isPresent()
                && firm.latestReportBefore(year).filter(gap::covers).isPresent();
    }

    private static long count(Collection<Firm> firms, Predicate<Firm> counted) {
        return firms.stream().filter(counted).count();
    }
}
