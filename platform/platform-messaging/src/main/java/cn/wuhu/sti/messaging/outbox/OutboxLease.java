package cn.wuhu.sti.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Lets one replica at a time relay a collection, so two instances never interleave one aggregate's events. The
 * lease is a document per collection that the holder renews on every round and that others may take once it
 * has expired.
 */
class OutboxLease {

    static final String COLLECTION = "outbox_leases";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String owner;
    private final Duration duration;

    OutboxLease(MongoTemplate mongo, Clock clock, String owner, Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.owner = owner;
        this.duration = duration;
    }

    /** Gives up every lease this instance holds, so a successor (a restart, another replica) takes over at once. */
    void releaseAll() {
        mongo.remove(query(where("owner").is(owner)), COLLECTION);
    }

    boolean acquire(String collection) {
        Date now = Date.from(clock.instant());
        var mine = query(where("_id")
                .is(collection)
                .orOperator(
                        where("owner").is(owner),
                        where("until").lt(now),
                        Criteria.where("until").exists(false)));
        var take = new Update()
                .set("owner", owner)
                .set("until", Date.from(clock.instant().plus(duration)));
        try {
            mongo.findAndModify(
                    mine, take, FindAndModifyOptions.options().upsert(true), org.bson.Document.class, COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }
}
