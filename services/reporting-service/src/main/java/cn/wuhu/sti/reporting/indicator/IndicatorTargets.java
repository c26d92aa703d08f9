package cn.wuhu.sti.reporting.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.stereotype.Component;

/**
 * The bureau's targets per year (e.g. the 2024 plan: 100+ teams, 360 new high-tech firms). They are reporting's own
 * record, not a read model of the topics, so a rebuild keeps them. A year's targets are replaced as a whole.
 */
@Component
class IndicatorTargets {

    @Document("targets")
    record TargetsDocument(@Id int year, List<Target> targets) {}

    record Target(
            String code,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal value) {}

    private final MongoOperations mongo;

    IndicatorTargets(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void replace(int year, Map<String, BigDecimal> targets) {
        mongo.save(new TargetsDocument(
                year,
                targets.entrySet().stream()
                        .map(e -> new Target(e.getKey(), e.getValue()))
                        .toList()));
    }

    /** The year's targets by code, in the order they were given; absent when none were set. */
    Optional<Map<String, BigDecimal>> of(int year) {
        return Optional.ofNullable(mongo.findById(year, TargetsDocument.class)).map(doc -> {
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            doc.targets().forEach(t -> byCode.put(t.code(), t.value()));
            return byCode;
        });
    }
}
