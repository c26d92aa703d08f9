package cn.wuhu.sti.techmarket.programme;

import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.programme.model.ProgrammeProject;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A programme project as the API answers it; never the stored document. */
record ProgrammeProjectView(
        String id,
        String title,
        ProgrammeKind kind,
        String leadUscc,
        District district,
        LocalDate approvedOn,
        BigDecimal publicFunding,
        BigDecimal selfInvestment) {

    static ProgrammeProjectView of(ProgrammeProject project) {
        return new ProgrammeProjectView(
                project.id(),
                project.title(),
                project.kind(),
                project.leadUscc().value(),
                project.district(),
                project.approvedOn(),
                project.publicFunding(),
                project.selfInvestment());
    }
}
