package cn.wuhu.sti.enterprise.eligibility;

import cn.wuhu.sti.enterprise.eligibility.model.Band;
import cn.wuhu.sti.enterprise.eligibility.model.Criterion;
import cn.wuhu.sti.enterprise.eligibility.model.Measure;
import cn.wuhu.sti.enterprise.eligibility.model.RuleSet;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * How a rule set is stored, under its id {@code <TIER>-<effectiveFrom>}, so the same tier and date cannot be stored
 * twice; numbers as Decimal128, so they stay exact.
 */
@Document(RuleSetDocument.COLLECTION)
record RuleSetDocument(
        @Id String id, Tier tier, LocalDate effectiveFrom, String title, List<StoredCriterion> criteria) {

    static final String COLLECTION = "rule_sets";

    record StoredCriterion(
            String code,
            Measure measure,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal minimum,
            List<StoredBand> bands) {}

    record StoredBand(
            @Field(targetType = FieldType.DECIMAL128) BigDecimal revenueOver,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal revenueUpTo,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal minimum) {}

    static RuleSetDocument of(RuleSet ruleSet) {
        return new RuleSetDocument(
                ruleSet.id(),
                ruleSet.tier(),
                ruleSet.effectiveFrom(),
                ruleSet.title().orElse(null),
                ruleSet.criteria().stream()
                        .map(c -> new StoredCriterion(
                                c.code(),
                                c.measure(),
                                c.minimum(),
                                c.bands().stream()
                                        .map(b -> new StoredBand(b.revenueOver(), b.revenueUpTo(), b.minimum()))
                                        .toList()))
                        .toList());
    }

    RuleSet toRuleSet() {
        return RuleSet.recorded(new RuleSet.Definition(
                tier,
                effectiveFrom,
                title,
                criteria.stream()
                        .map(c -> new Criterion(
                                c.code(),
                                c.measure(),
                                c.minimum(),
                                c.bands() == null
                                        ? List.of()
                                        : c.bands().stream()
                                                .map(b -> new Band(b.revenueOver(), b.revenueUpTo(), b.minimum()))
                                                .toList()))
                        .toList()));
    }
}
