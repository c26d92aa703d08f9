package cn.wuhu.sti.talent.fund;

import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.fund.model.FundProject;
import cn.wuhu.sti.talent.fund.model.FundProjectStage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A fund project as the API answers it; never the stored document. */
record FundProjectView(
        String id,
        String name,
        Industry industry,
        FundProjectStage stage,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal investedAmount,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rejectionReason,
        List<Step> history) {

    record Step(FundProjectStage stage, LocalDate date) {}

    static FundProjectView of(FundProject project) {
        return new FundProjectView(
                project.id(),
                project.name(),
                project.industry(),
                project.stage(),
                project.investedAmount().orElse(null),
                project.rejectionReason().orElse(null),
                project.history().stream()
                        .map(m -> new Step(m.stage(), m.date()))
                        .toList());
    }
}
