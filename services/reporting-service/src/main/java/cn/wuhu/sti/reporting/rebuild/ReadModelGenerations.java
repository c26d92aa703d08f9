package cn.wuhu.sti.reporting.rebuild;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which generation of the read models the queries read and which one the listeners write. Generation 0 lives in the
 * read model's own collection, generation n in {@code <collection>_g<n>}. Both are the same except while a rebuild
 * replays into the next generation beside the one being read; then the switch makes the new one the read one. Only
 * the read generation is kept in the store: a restart abandons a half-replayed generation, and the listeners go on
 * writing the read one from their committed offsets (the read models are idempotent, so the replay's records seen
 * again change nothing).
 */
@Component
public class ReadModelGenerations {

    private static final String ID = "read-model-generation";

    private final MongoOperations mongo;
    private volatile long read;
    private volatile long written;

    ReadModelGenerations(MongoOperations mongo) {
        this.mongo = mongo;
        Document state = mongo.findById(ID, Document.class, ReadModelVersion.COLLECTION);
        this.read = state == null ? 0 : ((Number) state.get("read")).longValue();
        this.written = read;
    }

    /** The collection the queries read for the read model whose own collection is {@code collection}. */
    public String toRead(String collection) {
        return named(collection, read);
    }

    /** The collection the listeners write for the read model whose own collection is {@code collection}. */
    public String toWrite(String collection) {
        return named(collection, written);
    }

    long read() {
        return read;
    }

    /** The listeners write the next generation from now on; the queries still read the current one. */
    long writeNext() {
        written = read + 1;
        return written;
    }

    /** The queries read the generation the listeners write. */
    void readWritten() {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(ID)),
                new Update().set("read", written),
                ReadModelVersion.COLLECTION);
        read = written;
    }

    static String named(String collection, long generation) {
        return generation == 0 ? collection : collection + "_g" + generation;
    }
}
