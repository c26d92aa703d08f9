package cn.wuhu.sti.messaging.aggregate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The documents of one aggregate type. Each is written with its version and the events of the change in one
 * single-document write, so the state and its events are stored together or not at all; the {@link OutboxRelay}
 * publishes the events afterwards. The document type holds the aggregate's state only: the version and the outbox
 * are kept beside it by this store.
 *
 * @param <D> the stored form of the aggregate, a record Spring Data maps
 */
public final class AggregateStore<D> {

    static final String VERSION = "version";
    private static final String ID = "_id";
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Class<D> type;
    private final String collection;
    private final String noun;

    AggregateStore(MongoTemplate mongo, Outbox outbox, Class<D> type, String noun) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.type = type;
        this.collection = mongo.getCollectionName(type);
        this.noun = noun;
    }

    public String collection() {
        return collection;
    }

    /** Stores a new aggregate with its first events; an id already taken is a {@link Conflict}. */
    public void insert(Object id, D document, List<? extends DomainEvent> events) {
        Document stored = toBson(document);
        stored.put(ID, id);
        stored.put(VERSION, 0L);
        stored.put(OutboxEntry.FIELD, bsonOf(outbox.entriesFor(events)));
        try {
            mongo.insert(stored, collection);
        } catch (DuplicateKeyException e) {
            throw new Conflict("A " + noun + " is already recorded under " + id);
        }
        outbox.committed(collection, id);
    }

    public Optional<D> find(Object id) {
        return findVersioned(id).map(Versioned::document);
    }

    /** The aggregate, or a {@link NotFound} naming it. */
    public D get(Object id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Loads the aggregate, lets {@code decision} decide, and stores the new state with its events if nobody changed
     * the aggregate in between; otherwise reads it again and decides again, up to ten times.
     *
     * @return what the decision returned for the caller (usually the event)
     */
    public <R> R change(Object id, Function<D, Decision<D, R>> decision) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Versioned<D> current = findVersioned(id).orElseThrow(() -> notFound(id));
            Decision<D, R> decided = decision.apply(current.document());
            if (!decided.changes() || replace(id, current.version(), decided)) {
                return decided.result();
            }
        }
        throw new Conflict("The " + noun + " " + id + " is being changed concurrently; try again");
    }

    /** A page of aggregates matching {@code criteria}, by id unless the page asks for another order. */
    public Page<D> page(Query criteria, Pageable pageable) {
        long total = mongo.count(criteria, collection);
        Query query = Query.of(criteria).with(pageable);
        if (pageable.getSort().isUnsorted()) {
            query.with(Sort.by(ID));
        }
        query.fields().exclude(OutboxEntry.FIELD);
        List<D> content = mongo.find(query, type, collection);
        return new PageImpl<>(content, pageable, total);
    }

    private boolean replace(Object id, long version, Decision<D, ?> decided) {
        Document state = toBson(decided.document());
        Update update = new Update();
        state.forEach((field, value) -> {
            if (!ID.equals(field)) {
                update.set(field, value);
            }
        });
        // The converter leaves a null property out: a field the new state cleared must go from the stored one too.
        mongo.getConverter()
                .getMappingContext()
                .getRequiredPersistentEntity(type)
                .forEach(property -> {
                    if (!property.isIdProperty() && !state.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        update.set(VERSION, version + 1);
        outbox.append(update, outbox.entriesFor(decided.events()));
        var expected = query(where(ID).is(id).and(VERSION).is(version));
        if (mongo.updateFirst(expected, update, collection).getModifiedCount() == 0) {
            return false;
        }
        outbox.committed(collection, id);
        return true;
    }

    private Optional<Versioned<D>> findVersioned(Object id) {
        var query = query(where(ID).is(id));
        query.fields().exclude(OutboxEntry.FIELD);
        return Optional.ofNullable(mongo.findOne(query, Document.class, collection))
                .map(raw -> new Versioned<>(
                        mongo.getConverter().read(type, raw), ((Number) raw.getOrDefault(VERSION, 0L)).longValue()));
    }

    private Document toBson(D document) {
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        return bson;
    }

    private Object bsonOf(List<OutboxEntry> entries) {
        return entries.stream()
                .map(entry -> {
                    Document bson = new Document();
                    mongo.getConverter().write(entry, bson);
                    return bson;
                })
                .toList();
    }

    private NotFound notFound(Object id) {
        return new NotFound("No " + noun + " " + id);
    }

    private record Versioned<D>(D document, long version) {}
}
