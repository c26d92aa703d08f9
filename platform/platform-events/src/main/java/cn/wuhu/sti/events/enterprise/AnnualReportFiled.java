package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;

/**
 * A firm filed its annual R&amp;D report for a year. A later filing for the same year supersedes the earlier one;
 * {@code revision} counts the filings for that year from 1, so a subscriber keeps the highest.
 */
public record AnnualReportFiled(
        String uscc,
        District district,
        int year,
        int revision,
        BigDecimal revenue,
        BigDecimal rdExpense,
        boolean rdActivity,
        boolean rdInstitution,
        int sciTechStaff,
        int staff,
        BigDecimal highTechRevenue,
        boolean aboveScaleManufacturer)
        implements EnterpriseEvent {}
