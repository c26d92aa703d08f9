package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import java.math.BigDecimal;

/** A firm's R&amp;D report for a year, as filed; {@code revision} numbers the filings for that year from 1. */
public record AnnualReport(
        int year,
        int revision,
        BigDecimal revenue,
        BigDecimal rdExpense,
        boolean rdActivity,
        boolean rdInstitution,
        int sciTechStaff,
        int staff,
        BigDecimal highTechRevenue,
        boolean aboveScaleManufacturer) {

    /** The report an event records. */
    public static AnnualReport of(AnnualReportFiled filed) {
        return new AnnualReport(
                filed.year(),
                filed.revision(),
                filed.revenue(),
                filed.rdExpense(),
                filed.rdActivity(),
                filed.rdInstitution(),
                filed.sciTechStaff(),
                filed.staff(),
                filed.highTechRevenue(),
                filed.aboveScaleManufacturer());
    }

    static AnnualReport filed(int revision, EnterpriseCommands.FileAnnualReport filing) {
        return new AnnualReport(
                filing.year(),
                revision,
                filing.revenue(),
                filing.rdExpense(),
                filing.rdActivity(),
                filing.rdInstitution(),
                filing.sciTechStaff(),
                filing.staff(),
                filing.highTechRevenue(),
                filing.aboveScaleManufacturer());
    }
}
