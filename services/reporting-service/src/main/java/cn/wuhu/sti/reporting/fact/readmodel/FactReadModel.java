package cn.wuhu.sti.reporting.fact.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.Fact;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.rebuild.ReadModel;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import io.cloudevents.CloudEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A collection of one document per counted fact, its {@code _id} the kind of fact and what it is about, holding the
 * fact's {@code kind}, what it is {@code about}, its ISO {@code date}, the {@code eventId} and {@code eventType} of the
 * CloudEvent it stands on, and its own fields (districts and industries by name, amounts as Decimal128, exact). Each
 * event is one single-document upsert that sets the fact's fields, so an event sent again leaves the document as it
 * was, without transactions or a table of seen event ids; an event that changes the fact makes it name that event.
 */
public abstract class FactReadModel<K extends Enum<K>, F extends Fact> implements ReadModel {

    private final MongoOperations mongo;
    private final ReadModelGenerations generations;
    private final String collection;
    private final Class<K> kinds;

    protected FactReadModel(
            MongoOperations mongo, ReadModelGenerations generations, String collection, Class<K> kinds) {
        this.mongo = mongo;
        this.generations = generations;
        this.collection = collection;
        this.kinds = kinds;
    }

    /** The event a listener was given, for the facts it records. */
    public static SourceEvent sourceOf(CloudEvent event) {
        return new SourceEvent(event.getId(), event.getType());
    }

    /** Records the fact, or sets the same fields again when it is already there. */
    protected void record(K kind, String about, LocalDate date, SourceEvent source, Update fields) {
        mongo.upsert(
                byId(kind, about),
                from(source, fields)
                        .set("kind", kind.name())
                        .set("about", about)
                        .set("date", date.toString()),
                generations.toWrite(collection));
    }

    /**
     * Applies {@code update} to the fact only while {@code guard} holds. The guard sits in the filter: when the
     * document exists but the guard fails, the upsert tries to insert a second document with the same {@code _id},
     * and that duplicate key means "already applied, or superseded". An update applied makes the fact name
     * {@code source}, its latest event.
     */
    protected void updateWhile(K kind, String about, SourceEvent source, Criteria guard, Update update) {
        try {
            mongo.upsert(
                    byId(kind, about).addCriteria(guard),
                    from(source, update).set("kind", kind.name()).set("about", about),
                    generations.toWrite(collection));
        } catch (DuplicateKeyException superseded) {
            // the guard failed on the existing document: nothing to change
        }
    }

    /**
     * The facts dated in the year, of every district, in date order (ISO dates as text sort so), then by
     * {@code _id}, so the facts behind a value are listed the same way each time.
     */
    public List<F> factsOf(int year) {
        return find(Criteria.where("date")
                .gte(LocalDate.of(year, 1, 1).toString())
                .lte(LocalDate.of(year, 12, 31).toString()));
    }

    /** The facts dated on or before 31 December of the year, of every district: for what stands at year end. */
    public List<F> factsUpToEndOf(int year) {
        return find(Criteria.where("date").lte(LocalDate.of(year, 12, 31).toString()));
    }

    private List<F> find(Criteria dated) {
        Query query = Query.query(dated).with(Sort.by("date", "_id"));
        return mongo.find(query, Document.class, generations.toRead(collection)).stream()
                .map(doc -> toFact(Enum.valueOf(kinds, doc.getString("kind")), doc))
                .toList();
    }

    protected abstract F toFact(K kind, Document doc);

    @Override
    public String collection() {
        return collection;
    }

    protected static Update withPlace(Update fields, Optional<District> place) {
        return place.map(d -> fields.set("district", d.name())).orElseGet(() -> fields.unset("district"));
    }

    /** The fact's industry, as its event names it; an event naming none leaves it unset. */
    protected static Update withIndustry(Update fields, Optional<Industry> industry) {
        return industry.map(i -> fields.set("industry", i.name())).orElseGet(() -> fields.unset("industry"));
    }

    protected static Update withIndustry(Update fields, Industry industry) {
        return withIndustry(fields, Optional.of(industry));
    }

    /** The id of what the fact is about: a team, a project, a contract's registration number. */
    protected static String about(Document doc) {
        return doc.getString("about");
    }

    protected static LocalDate date(Document doc) {
        return LocalDate.parse(doc.getString("date"));
    }

    protected static SourceEvent source(Document doc) {
        return new SourceEvent(doc.getString("eventId"), doc.getString("eventType"));
    }

    protected static Optional<Industry> industry(Document doc) {
        return Optional.ofNullable(doc.getString("industry")).map(Industry::valueOf);
    }

    protected static Optional<District> place(Document doc) {
        return Optional.ofNullable(doc.getString("district")).map(District::valueOf);
    }

    protected static District district(Document doc) {
        return District.valueOf(doc.getString("district"));
    }

    protected static Decimal128 exact(BigDecimal amount) {
        return new Decimal128(amount);
    }

    protected static BigDecimal amount(Document doc, String field) {
        return doc.get(field, Decimal128.class).bigDecimalValue();
    }

    private static Update from(SourceEvent source, Update fields) {
        return fields.set("eventId", source.id()).set("eventType", source.type());
    }

    private static Query byId(Enum<?> kind, String about) {
        return Query.query(Criteria.where("_id").is(kind.name() + ":" + about));
    }
}
