package cn.wuhu.sti.reporting.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever any read model may have changed: after every record a listener handled, and when a
 * rebuild drops the read models. It lives in the store, so every replica of the service sees the others' changes;
 * answers computed from the read models can be kept until it moves. The platform's listener container factory picks
 * this interceptor up.
 */
@Component
public class ReadModelVersion implements RecordInterceptor<Object, Object> {

    static final String COLLECTION = "reporting_state";
    private static final String ID = "read-models";

    private final MongoOperations mongo;

    ReadModelVersion(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        bump();
    }

    public long current() {
        Document state = mongo.findById(ID, Document.class, COLLECTION);
        return state == null ? 0 : ((Number) state.get("version")).longValue();
    }

    void bump() {
        mongo.findAndModify(
                Query.query(Criteria.where("_id").is(ID)),
                new Update().inc("version", 1L),
                FindAndModifyOptions.options().upsert(true),
                Document.class,
                COLLECTION);
    }
}
