package cn.wuhu.sti.reporting.enterprise.model;

import java.math.BigDecimal;
import java.util.function.Predicate;

/** The two gaps the clear-zero campaign (两清零) closes, each read from an above-scale manufacturer's annual report. */
enum RdZeroGap {
    /** 研发活动清零: from this revenue on, a firm must have R&amp;D activity. */
    NO_ACTIVITY(new BigDecimal("100000000"), AnnualReport::rdActivity),
    /** 研发机构清零: from this revenue on, an R&amp;D institution. */
    NO_INSTITUTION(new BigDecimal("500000000"), AnnualReport::rdInstitution);

    private final BigDecimal revenueFloor;
    private final Predicate<AnnualReport> closedBy;

    RdZeroGap(BigDecimal revenueFloor, Predicate<AnnualReport> closedBy) {
        this.revenueFloor = revenueFloor;
        this.closedBy = closedBy;
    }

    boolean covers(AnnualReport report) {
        return report.aboveScaleManufacturer()
                && report.revenue().compareTo(revenueFloor) >= 0
                && !closedBy.test(report);
    }
}
