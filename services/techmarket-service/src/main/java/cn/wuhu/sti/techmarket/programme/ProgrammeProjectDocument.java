package cn.wuhu.sti.techmarket.programme;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.programme.model.ProgrammeProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** How a programme project is stored; amounts as Decimal128, so they stay exact. */
@Document("programme-projects")
record ProgrammeProjectDocument(
        @Id String id,
        String title,
        ProgrammeKind kind,
        String leadUscc,
        District district,
        LocalDate approvedOn,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal publicFunding,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal selfInvestment) {

    static ProgrammeProjectDocument of(ProgrammeProject project) {
        return new ProgrammeProjectDocument(
                project.id(),
                project.title(),
                project.kind(),
                project.leadUscc().value(),
                project.district(),
                project.approvedOn(),
                project.publicFunding(),
                project.selfInvestment());
    }

    ProgrammeProject toProject() {
        return new ProgrammeProject(
                id, title, kind, new Uscc(leadUscc), district, approvedOn, publicFunding, selfInvestment);
    }
}
