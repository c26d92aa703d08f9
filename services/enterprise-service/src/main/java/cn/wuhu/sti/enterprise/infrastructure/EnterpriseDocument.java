package cn.wuhu.sti.enterprise.infrastructure;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a firm is stored; the store keeps its version and its unpublished events beside it. */
@Document("enterprises")
record EnterpriseDocument(
        @Id String uscc,
        String name,
        District district,
        Industry industry,
        LocalDate registeredOn,
        List<Recognition> recognitions,
        List<AnnualReport> annualReports,
        Origin origin) {

    static EnterpriseDocument of(Enterprise enterprise) {
        return new EnterpriseDocument(
                enterprise.uscc().value(),
                enterprise.name(),
                enterprise.district(),
                enterprise.industry(),
                enterprise.registeredOn(),
                enterprise.recognitions(),
                enterprise.annualReports(),
                enterprise.origin().orElse(null));
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
                origin);
    }
}
