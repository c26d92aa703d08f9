package cn.wuhu.sti.reporting.indicator;

import cn.wuhu.sti.domain.Conflict;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.stereotype.Component;

/**
 * The published (frozen) figures of a year, city-wide: published once, never changed. Like the targets they are
 * reporting's own record, which a rebuild keeps; a later fact changes the current value, never the published one.
 */
@Component
class IndicatorPublications {

    @Document("publications")
    record PublicationDocument(@Id int year, Instant publishedAt, List<Figure> figures) {}

    record Figure(
            String code,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal value) {}

    /** The figures of a year as published, by code in the order of the indicators. */
    record Publication(int year, Instant publishedAt, Map<String, BigDecimal> values) {}

    private final MongoOperations mongo;

    IndicatorPublications(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Freezes the figures; a year published already is a {@link Conflict}, whoever published it first. */
    Publication publish(int year, Instant at, List<Indicator> figures) {
        var document = new PublicationDocument(
                year,
                at,
                figures.stream().map(i -> new Figure(i.code(), i.value())).toList());
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException published) {
            throw new Conflict("The figures of " + year + " were published already; published figures never change");
        }
        return toPublication(document);
    }

    Optional<Publication> of(int year) {
        return Optional.ofNullable(mongo.findById(year, PublicationDocument.class))
                .map(IndicatorPublications::toPublication);
    }

    private static Publication toPublication(PublicationDocument document) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        document.figures().forEach(f -> values.put(f.code(), f.value()));
        return new Publication(document.year(), document.publishedAt(), values);
    }
}
