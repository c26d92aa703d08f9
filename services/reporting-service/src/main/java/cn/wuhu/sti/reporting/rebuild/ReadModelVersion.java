package cn.wuhu.sti.reporting.rebuild;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever any read model may have changed: after every record a listener handled (see
 * {@link ReadModelChanges}), and when a rebuild drops the read models or switches to a new generation. It lives in the
 * store, so every replica of the service sees the others' changes; answers computed from the read models can be kept
 * until it moves.
 */
@Component
public class ReadModelVersion {

    static final String COLLECTION = "reporting_state";
    private static final String ID = "read-models";

    private final MongoOperations mongo;

    ReadModelVersion(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public long current() {
        Document state = mongo.findById(ID, Document.class, COLLECTION);
        return state == null ? 0 : ((Number) state.get("version")).longValue();
    }

    /** The read models have changed (by a listener, a rebuild, or a writer of their own such as a benchmark). */
    public void bump() {
        mongo.findAndModify(
                Query.query(Criteria.where("_id").is(ID)),
                new Update().inc("version", 1L),
                FindAndModifyOptions.options().upsert(true),
                Document.class,
                COLLECTION);
    }
}
