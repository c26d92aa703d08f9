package cn.wuhu.sti.enterprise.infrastructure;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a firm is stored: its state, a version for optimistic writes, and the events not yet published. */
@Document(EnterpriseDocument.COLLECTION)
record EnterpriseDocument(
        @Id String uscc,
        String name,
        District district,
        Industry industry,
        LocalDate registeredOn,
        List<Recognition> recognitions,
        List<AnnualReport> annualReports,
        long version,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "enterprises";

    static EnterpriseDocument of(Enterprise enterprise, long version, List<OutboxEntry> outbox) {
        return new EnterpriseDocument(
                enterprise.uscc().value(),
                enterprise.name(),
                enterprise.district(),
                enterprise.industry(),
                enterprise.registeredOn(),
                enterprise.recognitions(),
                enterprise.annualReports(),
                version,
                outbox);
    }

    Enterprise toEnterprise() {
        return new Enterprise(
                new Uscc(uscc),
                name,
                district,
                industry,
                registeredOn,
                recognitions == null ? List.of() : recognitions,
                annualReports == null ? List.of() : annualReports,
                version);
    }
}
