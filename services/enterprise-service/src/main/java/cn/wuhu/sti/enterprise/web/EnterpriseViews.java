package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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

    /** The filed figures appear at the top level of the JSON, beside the id and revision. */
    record AnnualReportView(
            String id,
            String uscc,
            int revision,
            @JsonUnwrapped EnterpriseCommands.FileAnnualReport filing) {

        static AnnualReportView of(String uscc, AnnualReport report) {
            return new AnnualReportView(
                    report.year() + "-r" + report.revision(), uscc, report.revision(), report.filing());
        }
    }

    private EnterpriseViews() {}
}
