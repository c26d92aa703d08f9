package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of the enterprise API, as the contract names their fields. */
final class EnterpriseRequests {

    record RegisterRequest(
            @NotNull @ValidUscc String uscc,
            @NotBlank @Size(max = 200) String name,
            @NotNull District district,
            @NotNull Industry industry,
            @NotNull LocalDate registeredOn) {

        EnterpriseCommands.Register toCommand() {
            return new EnterpriseCommands.Register(new Uscc(uscc), name.strip(), district, industry, registeredOn);
        }
    }

    record RecognizeRequest(
            @NotNull Tier tier,
            @NotBlank @Size(max = 64) String certificateNo,
            @NotNull LocalDate recognizedOn,
            @NotNull LocalDate validUntil) {

        EnterpriseCommands.Recognize toCommand() {
            return new EnterpriseCommands.Recognize(tier, certificateNo.strip(), recognizedOn, validUntil);
        }
    }

    record RevokeRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 500) String reason) {

        EnterpriseCommands.Revoke toCommand(String certificateNo) {
            return new EnterpriseCommands.Revoke(certificateNo, date, reason.strip());
        }
    }

    record DesignateRequest(
            @NotNull Designation kind, @NotNull LocalDate since) {

        EnterpriseCommands.Designate toCommand() {
            return new EnterpriseCommands.Designate(kind, since);
        }
    }

    record FileAnnualReportRequest(
            @NotNull @Min(1990) @Max(2100) Integer year,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal revenue,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal rdExpense,

            @NotNull Boolean rdActivity,
            @NotNull Boolean rdInstitution,
            @NotNull @PositiveOrZero Integer sciTechStaff,
            @NotNull @PositiveOrZero Integer staff,

            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4)
            BigDecimal highTechRevenue,

            @NotNull Boolean aboveScaleManufacturer) {

        EnterpriseCommands.FileAnnualReport toCommand() {
            return new EnterpriseCommands.FileAnnualReport(
                    year,
                    revenue,
                    rdExpense,
                    rdActivity,
                    rdInstitution,
                    sciTechStaff,
                    staff,
                    highTechRevenue,
                    aboveScaleManufacturer);
        }
    }

    private EnterpriseRequests() {}
}
