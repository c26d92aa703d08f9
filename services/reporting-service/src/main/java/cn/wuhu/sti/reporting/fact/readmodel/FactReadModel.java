package cn.wuhu.sti.reporting.fact.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.Fact;
import cn.wuhu.sti.reporting.rebuild.ReadModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A collection of one document per counted fact, its {@code _id} the kind of fact and what it is about, holding the
 * fact's {@code kind}, what it is {@code about}, its ISO {@code date} and its own fields (districts by name, amounts as Decimal128, exact).
 * Each event is one single-document upsert that sets the fact's fields, so an event sent again leaves the document
 * as it was, without transactions or a table of seen event ids.
 */
public abstract class FactReadModel<K extends Enum<K>, F extends Fact> implements ReadModel {

    private final MongoOperations mongo;
    private final String collection;
    private final Class<K> kinds;

    protected FactReadModel(MongoOperations mongo, String collection, Class<K> kinds) {
        this.mongo = mongo;
        this.collection = collection;
        this.kinds = kinds;
    }

    /** Records the fact, or sets the same fields again when it is already there. */
    protected void record(K kind, String about, LocalDate date, Update fields) {
        mongo.upsert(
                byId(kind, about),
                fields.set("kind", kind.name()).set("about", about).set("date", date.toString()),
                collection);
    }

    /**
     * Applies {@code update} to the fact only while {@code guard} holds. The guard sits in the filter: when the
     * document exists but the guard fails, the upsert tries to insert a second document with the same {@code _id},
     * and that duplicate key means "already applied, or superseded".
     */
    protected void updateWhile(K kind, String about, Criteria guard, Update update) {
        try {
            mongo.upsert(
                    byId(kind, about).addCriteria(guard),
                    update.set("kind", kind.name()).set("about", about),
                    collection);
        } catch (DuplicateKeyException superseded) {
            // the guard failed on the existing document: nothing to change
        }
    }

    /** The facts dated in the year, of every district; ISO dates as text sort in date order. */
    public List<F> factsOf(int year) {
        Query ofYear = Query.query(Criteria.where("date")
                .gte(LocalDate.of(year, 1, 1).toString())
                .lte(LocalDate.of(year, 12, 31).toString()));
        return mongo.find(ofYear, Document.class, collection).stream()
                .map(doc -> toFact(Enum.valueOf(kinds, doc.getString("kind")), doc))
                .toList();
    }

    /** The facts dated on or before 31 December of the year, of every district: for what stands at year end. */
    public List<F> factsUpToEndOf(int year) {
        Query upToYearEnd = Query.query(
                Criteria.where("date").lte(LocalDate.of(year, 12, 31).toString()));
        return mongo.find(upToYearEnd, Document.class, collection).stream()
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

    /** The id of what the fact is about: a team, a project, a contract's registration number. */
    protected static String about(Document doc) {
        return doc.getString("about");
    }

    protected static LocalDate date(Document doc) {
        return LocalDate.parse(doc.getString("date"));
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

    private static Query byId(Enum<?> kind, String about) {
        return Query.query(Criteria.where("_id").is(kind.name() + ":" + about));
    }
}
