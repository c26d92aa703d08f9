package cn.wuhu.sti.enterprise.infrastructure;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.DesignationHeld;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.reference.Designation;
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
        List<StoredDesignation> designations,
        StoredOrigin origin) {

    /** {@code revokedOn}, {@code revocationReason} and {@code expiryAnnounced} are absent until they happen. */
    record StoredRecognition(
            Tier tier,
            String certificateNo,
            LocalDate recognizedOn,
            LocalDate validUntil,
            LocalDate revokedOn,
            String revocationReason,
            Boolean expiryAnnounced) {

        static StoredRecognition of(Recognition recognition) {
            var revocation = recognition.revoked();
            return new StoredRecognition(
                    recognition.tier(),
                    recognition.certificateNo(),
                    recognition.recognizedOn(),
                    recognition.validUntil(),
                    revocation.map(Recognition.Revocation::on).orElse(null),
                    revocation.map(Recognition.Revocation::reason).orElse(null),
                    recognition.expiryAnnounced() ? Boolean.TRUE : null);
        }

        Recognition toRecognition() {
            return new Recognition(
                    tier,
                    certificateNo,
                    recognizedOn,
                    validUntil,
                    revokedOn == null ? null : new Recognition.Revocation(revokedOn, revocationReason),
                    Boolean.TRUE.equals(expiryAnnounced));
        }
    }

    record StoredDesignation(Designation kind, LocalDate since) {}

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
                enterprise.recognitions().stream().map(StoredRecognition::of).toList(),
                enterprise.annualReports().stream()
                        .map(EnterpriseDocument::stored)
                        .toList(),
                enterprise.designations().stream()
                        .map(d -> new StoredDesignation(d.kind(), d.since()))
                        .toList(),
                enterprise
                        .origin()
                        .map(o -> new StoredOrigin(o.kind(), o.teamId()))
                        .orElse(null));
    }

    Enterprise toEnterprise() {
        return new Enterprise(
                new EnterpriseCommands.Register(new Uscc(uscc), name, district, industry, registeredOn),
                recognitions == null
                        ? List.of()
                        : recognitions.stream()
                                .map(StoredRecognition::toRecognition)
                                .toList(),
                annualReports == null
                        ? List.of()
                        : annualReports.stream().map(EnterpriseDocument::report).toList(),
                designations == null
                        ? List.of()
                        : designations.stream()
                                .map(d -> new DesignationHeld(d.kind(), d.since()))
                                .toList(),
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
