package cn.wuhu.sti.talent.fund;

import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.fund.model.FundProject;
import cn.wuhu.sti.talent.fund.model.FundProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** How a fund project is stored; {@code stage} repeats the history's last step so the list can filter on it. */
@Document("fund-projects")
record FundProjectDocument(
        @Id String id,
        String name,
        Industry industry,
        FundProjectStage stage,
        List<Step> history,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal investedAmount,
        String rejectionReason) {

    record Step(FundProjectStage stage, LocalDate date) {}

    static FundProjectDocument of(FundProject project) {
        return new FundProjectDocument(
                project.id(),
                project.name(),
                project.industry(),
                project.stage(),
                project.history().stream()
                        .map(m -> new Step(m.stage(), m.date()))
                        .toList(),
                project.investedAmount().orElse(null),
                project.rejectionReason().orElse(null));
    }

    FundProject toFundProject() {
        return new FundProject(
                id,
                name,
                industry,
                history.stream().map(s -> new Milestone<>(s.stage(), s.date())).toList(),
                Optional.ofNullable(investedAmount),
                Optional.ofNullable(rejectionReason));
    }
}
