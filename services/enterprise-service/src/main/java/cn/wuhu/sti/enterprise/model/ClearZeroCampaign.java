package cn.wuhu.sti.enterprise.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * 两清零: above-scale manufacturers with revenue of 100,000,000 yuan or more must have R&amp;D activity, and from
 * 500,000,000 yuan an R&amp;D institution. A firm is in the campaign from the first report that shows a gap; it has
 * cleared the gap when a later report no longer shows it, and stands as its latest report up to the year shows it.
 */
public final class ClearZeroCampaign {

    /** The two gaps the campaign clears. */
    public enum Gap {
        /** 1亿元以上无研发活动 */
        NO_RD_ACTIVITY(new BigDecimal("100000000"), report -> !report.rdActivity()),
        /** 5亿元以上无研发机构 */
        NO_RD_INSTITUTION(new BigDecimal("500000000"), report -> !report.rdInstitution());

        private final BigDecimal revenueFloor;
        private final Predicate<AnnualReport> lacking;

        Gap(BigDecimal revenueFloor, Predicate<AnnualReport> lacking) {
            this.revenueFloor = revenueFloor;
            this.lacking = lacking;
        }

        public boolean shownBy(AnnualReport report) {
            return report.aboveScaleManufacturer()
                    && report.revenue().compareTo(revenueFloor) >= 0
                    && lacking.test(report);
        }
    }

    /**
     * Where a firm stands on one gap by its reports up to a year: in the campaign since the year of its first report
     * showing the gap; cleared in the year of the first report without it after the last one with it, if any.
     */
    public record Standing(Gap gap, int since, OptionalInt clearedIn, AnnualReport latestReport) {

        public boolean cleared() {
            return clearedIn.isPresent();
        }
    }

    /** The firm's standing on each gap it ever showed by its reports up to {@code year}. */
    public static List<Standing> standingsOf(Enterprise firm, int year) {
        List<AnnualReport> reports = firm.reportsInForce().stream()
                .filter(report -> report.year() <= year)
                .sorted(Comparator.comparingInt(AnnualReport::year))
                .toList();
        List<Standing> standings = new ArrayList<>();
        if (reports.isEmpty()) {
            return standings;
        }
        AnnualReport latest = reports.get(reports.size() - 1);
        for (Gap gap : Gap.values()) {
            Integer since = null;
            Integer clearedIn = null;
            for (AnnualReport report : reports) {
                if (gap.shownBy(report)) {
                    since = since == null ? report.year() : since;
                    clearedIn = null;
                } else if (since != null && clearedIn == null) {
                    clearedIn = report.year();
                }
            }
            if (since != null) {
                standings.add(new Standing(
                        gap, since, clearedIn == null ? OptionalInt.empty() : OptionalInt.of(clearedIn), latest));
            }
        }
        return standings;
    }

    private ClearZeroCampaign() {}
}
