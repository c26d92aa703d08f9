package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.enterprise.model.AnnualReport;
import java.math.BigDecimal;

/** What a criterion measures in a firm's annual report: a share in percent, an amount in yuan, or a head count. */
public enum Measure {
    /** R&amp;D expense / revenue, in percent (研发费用占销售收入比例). */
    RD_EXPENSE_SHARE,
    /** Sci-tech staff / staff, in percent (科技人员占职工总数比例). */
    SCI_TECH_STAFF_SHARE,
    /** High-tech product revenue / revenue, in percent (高新技术产品收入占比). */
    HIGH_TECH_REVENUE_SHARE,
    /** Revenue, in yuan. */
    REVENUE,
    /** R&amp;D expense, in yuan. */
    RD_EXPENSE,
    /** Staff, a head count. */
    STAFF;

    public boolean isShare() {
        return this == RD_EXPENSE_SHARE || this == SCI_TECH_STAFF_SHARE || this == HIGH_TECH_REVENUE_SHARE;
    }

    Quantity of(AnnualReport report) {
        return switch (this) {
            case RD_EXPENSE_SHARE -> Quantity.share(report.rdExpense(), report.revenue());
            case SCI_TECH_STAFF_SHARE -> Quantity.share(count(report.sciTechStaff()), count(report.staff()));
            case HIGH_TECH_REVENUE_SHARE -> Quantity.share(report.highTechRevenue(), report.revenue());
            case REVENUE -> Quantity.amount(report.revenue());
            case RD_EXPENSE -> Quantity.amount(report.rdExpense());
            case STAFF -> Quantity.amount(count(report.staff()));
        };
    }

    private static BigDecimal count(int people) {
        return BigDecimal.valueOf(people);
    }
}
