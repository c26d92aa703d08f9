package cn.wuhu.sti.subscriber;

import java.time.Clock;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The delivery log as one document per {@code ce_id}, the {@code _id} being the lock: an insert claims, a second
 * insert of the same id fails and the document says how far the first got. Each step is one single-document write.
 */
public class MongoDeliveryLog implements DeliveryLog {

    private static final String STATE = "state";
    private static final String DONE = "DONE";

    private final MongoTemplate mongo;
    private final String collection;
    private final Clock clock;

    public MongoDeliveryLog(MongoTemplate mongo, String collection, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.clock = clock;
    }

    @Override
    public Claim claim(String eventId, String type, String topic) {
        try {
            mongo.insert(
                    new Document("_id", eventId)
                            .append(STATE, "STARTED")
                            .append("type", type)
                            .append("topic", topic)
                            .append("claimedAt", clock.instant()),
                    collection);
            return Claim.NEW;
        } catch (DuplicateKeyException claimedBefore) {
            Document earlier = mongo.findById(eventId, Document.class, collection);
            if (earlier == null) {
                // Released between the two calls: the earlier attempt failed, so this one is new.
                return claim(eventId, type, topic);
            }
            return DONE.equals(earlier.getString(STATE)) ? Claim.DONE : Claim.INTERRUPTED;
        }
    }

    @Override
    public void complete(String eventId) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(eventId)),
                new Update().set(STATE, DONE).set("completedAt", clock.instant()),
                collection);
    }

    @Override
    public void release(String eventId) {
        mongo.remove(Query.query(Criteria.where("_id").is(eventId).and(STATE).ne(DONE)), collection);
    }
}
