package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller can ask of an enterprise, already checked for shape at the edge. */
public final class EnterpriseCommands {

    public record Register(Uscc uscc, String name, District district, Industry industry, LocalDate registeredOn) {}

    public record Recognize(Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil) {}

    public record Revoke(String certificateNo, LocalDate date, String reason) {}

    public record Designate(Designation kind, LocalDate since) {}

    public record FileAnnualReport(
            int year,
            BigDecimal revenue,
            BigDecimal rdExpense,
            boolean rdActivity,
            boolean rdInstitution,
            int sciTechStaff,
            int staff,
            BigDecimal highTechRevenue,
            boolean aboveScaleManufacturer) {}

    private EnterpriseCommands() {}
}
