package cn.wuhu.sti.web.idempotency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps Idempotency-Key records in the {@value #COLLECTION} collection. The unique {@code _id} is the lock: of two
 * requests racing with one key, only one insert succeeds.
 */
class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration abandonedAfter;

    IdempotencyStore(MongoTemplate mongo, Clock clock, Duration abandonedAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Real MongoDB removes records {@code ttl} after creation; mongo-java-server accepts the index but never expires
     * anything, so there keys live as long as the server.
     */
    void createTtlIndex(Duration ttl) {
        try {
            mongo.indexOps(COLLECTION)
                    .createIndex(new Index().on("createdAt", Sort.Direction.ASC).expire(ttl));
        } catch (RuntimeException e) {
            log.warn("Could not create the TTL index on {}; idempotency keys will not expire", COLLECTION, e);
        }
    }

    /** Empty when this request now owns the key; otherwise the record that got there first. */
    Optional<IdempotencyRecord> claim(RequestScope scope, String requestHash) {
        IdempotencyRecord claim = IdempotencyRecord.inFlight(scope, requestHash, clock.instant());
        while (true) {
            try {
                mongo.insert(claim);
                return Optional.empty();
            } catch (DuplicateKeyException taken) {
                IdempotencyRecord existing = mongo.findById(scope.id(), IdempotencyRecord.class);
                if (existing != null && takeOverIfAbandoned(existing, requestHash)) {
                    return Optional.empty();
                }
                if (existing != null) {
                    return Optional.of(existing);
                }
                // Released between our insert and our read (the first request failed): try to claim it again.
            }
        }
    }

    /**
     * A claim left in flight longer than {@code abandonedAfter} belongs to a request that died; the conditional
     * update lets exactly one repeat inherit it.
     */
    private boolean takeOverIfAbandoned(IdempotencyRecord existing, String requestHash) {
        if (existing.state() != IdempotencyRecord.State.IN_FLIGHT) {
            return false;
        }
        var now = clock.instant();
        var abandoned = query(where("_id")
                .is(existing.id())
                .and("state")
                .is(IdempotencyRecord.State.IN_FLIGHT)
                .and("createdAt")
                .lt(now.minus(abandonedAfter)));
        var result = mongo.updateFirst(
                abandoned, new Update().set("createdAt", now).set("requestHash", requestHash), IdempotencyRecord.class);
        return result.getModifiedCount() == 1;
    }

    void complete(RequestScope scope, int status, String contentType, String location, byte[] body) {
        mongo.updateFirst(
                query(where("_id").is(scope.id())),
                new Update()
                        .set("state", IdempotencyRecord.State.COMPLETED)
                        .set("status", status)
                        .set("contentType", contentType)
                        .set("location", location)
                        .set("body", body),
                IdempotencyRecord.class);
    }

    /** Forgets a claim whose request did not succeed, so the client may retry with the same key. */
    void release(RequestScope scope) {
        mongo.remove(
                query(where("_id").is(scope.id()).and("state").is(IdempotencyRecord.State.IN_FLIGHT)),
                IdempotencyRecord.class);
    }
}
