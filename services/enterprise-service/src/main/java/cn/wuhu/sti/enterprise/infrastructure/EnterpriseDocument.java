package cn.wuhu.sti.enterprise.infrastructure;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a firm is stored; the store keeps its version and its unpublished events beside it. The nested records are
 * the stored shape, apart from the model's, so the model can change without rewriting what is on disk.
 */
@Document("enterprises")
record EnterpriseDocument(
        @Id String uscc,
        String name,
        District district,
        Industry industry,
        LocalDate registeredOn,
        List<StoredRecognition> recognitions,
        List<StoredReport> annualReports,
        StoredOrigin origin) {

    record StoredRecognition(Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil) {}

    record StoredReport(int revision, Filing filing) {}

    record Filing(
            int year,
            BigDecimal revenue,
            BigDecimal rdExpense,
            boolean rdActivity,
            boolean rdInstitution,
            int sciTechStaff,
            int staff,
            BigDecimal highTechRevenue,
            boolean aboveScaleManufacturer) {}

    record StoredOrigin(Origin.Kind kind, String teamId) {}

    static EnterpriseDocument of(Enterprise enterprise) {
        return new EnterpriseDocument(
                enterprise.uscc().value(),
                enterprise.name(),
                enterprise.district(),
                enterprise.industry(),
                enterprise.registeredOn(),
                enterprise.recognitions().stream()
                        .map(r -> new StoredRecognition(r.tier(), r.certificateNo(), r.recognizedOn(), r.validUntil()))
                        .toList(),
                enterprise.annualReports().stream()
                        .map(EnterpriseDocument::stored)
                        .toList(),
                enterprise
                        .origin()
                        .map(o -> new StoredOrigin(o.kind(), o.teamId()))
                        .orElse(null));
    }

    Enterprise toEnterprise() {
        return new Enterprise(
                new Uscc(uscc),
                name,
                district,
                industry,
                registeredOn,
                recognitions == null
                        ? List.of()
                        : recognitions.stream()
                                .map(r ->
                                        new Recognition(r.tier(), r.certificateNo(), r.recognizedOn(), r.validUntil()))
                                .toList(),
                annualReports == null
                        ? List.of()
                        : annualReports.stream().map(EnterpriseDocument::report).toList(),
                origin == null ? null : new Origin(origin.kind(), origin.teamId()));
    }

    private static StoredReport stored(AnnualReport report) {
        return new StoredReport(
                report.revision(),
                new Filing(
                        report.year(),
                        report.revenue(),
                        report.rdExpense(),
                        report.rdActivity(),
                        report.rdInstitution(),
                        report.sciTechStaff(),
                        report.staff(),
                        report.highTechRevenue(),
                        report.aboveScaleManufacturer()));
    }

    private static AnnualReport report(StoredReport stored) {
        Filing filing = stored.filing();
        return new AnnualReport(
                filing.year(),
                stored.revision(),
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
