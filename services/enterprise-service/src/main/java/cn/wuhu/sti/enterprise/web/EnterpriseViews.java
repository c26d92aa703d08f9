package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The response bodies of the enterprise API; never the stored documents. */
final class EnterpriseViews {

    record EnterpriseView(
            String id,
            String uscc,
            String name,
            District district,
            Industry industry,
            LocalDate registeredOn,
            List<Tier> currentTiers,
            List<RecognitionView> recognitions,
            List<AnnualReportView> annualReports,
            @JsonInclude(JsonInclude.Include.NON_NULL) Origin origin) {

        static EnterpriseView of(Enterprise enterprise, LocalDate today) {
            return new EnterpriseView(
                    enterprise.uscc().value(),
                    enterprise.uscc().value(),
                    enterprise.name(),
                    enterprise.district(),
                    enterprise.industry(),
                    enterprise.registeredOn(),
                    enterprise.tiersOn(today),
                    enterprise.recognitions().stream()
                            .map(r -> RecognitionView.of(r, today))
                            .toList(),
                    enterprise.reportsInForce().stream()
                            .map(r -> AnnualReportView.of(enterprise.uscc().value(), r))
                            .toList(),
                    enterprise.origin().orElse(null));
        }
    }

    record RecognitionView(
            String id,
            Tier tier,
            String certificateNo,
            LocalDate recognizedOn,
            LocalDate validUntil,
            boolean validToday) {

        static RecognitionView of(Recognition recognition, LocalDate today) {
            return new RecognitionView(
                    recognition.certificateNo(),
                    recognition.tier(),
                    recognition.certificateNo(),
                    recognition.recognizedOn(),
                    recognition.validUntil(),
                    recognition.isValidOn(today));
        }
    }

    record RecognitionCreated(
            String id,
            String uscc,
            Tier tier,
            String certificateNo,
            LocalDate recognizedOn,
            LocalDate validUntil,
            boolean renewal) {

        static RecognitionCreated of(EnterpriseRecognized event) {
            return new RecognitionCreated(
                    event.certificateNo(),
                    event.uscc(),
                    event.tier(),
                    event.certificateNo(),
                    event.recognizedOn(),
                    event.validUntil(),
                    event.renewal());
        }
    }

    record AnnualReportView(
            String id,
            String uscc,
            int revision,
            int year,
            BigDecimal revenue,
            BigDecimal rdExpense,
            boolean rdActivity,
            boolean rdInstitution,
            int sciTechStaff,
            int staff,
            BigDecimal highTechRevenue,
            boolean aboveScaleManufacturer) {

        static AnnualReportView of(AnnualReportFiled filed) {
            return new AnnualReportView(
                    filed.year() + "-r" + filed.revision(),
                    filed.uscc(),
                    filed.revision(),
                    filed.year(),
                    filed.revenue(),
                    filed.rdExpense(),
                    filed.rdActivity(),
                    filed.rdInstitution(),
                    filed.sciTechStaff(),
                    filed.staff(),
                    filed.highTechRevenue(),
                    filed.aboveScaleManufacturer());
        }

        static AnnualReportView of(String uscc, AnnualReport report) {
            return new AnnualReportView(
                    report.year() + "-r" + report.revision(),
                    uscc,
                    report.revision(),
                    report.year(),
                    report.revenue(),
                    report.rdExpense(),
                    report.rdActivity(),
                    report.rdInstitution(),
                    report.sciTechStaff(),
                    report.staff(),
                    report.highTechRevenue(),
                    report.aboveScaleManufacturer());
        }
    }

    private EnterpriseViews() {}
}
