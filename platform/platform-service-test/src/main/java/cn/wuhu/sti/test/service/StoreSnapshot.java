package cn.wuhu.sti.test.service;

import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a service's store holds, in a form two moments can be compared by: the documents of every collection and
 * the sum of their versions. The aggregate store writes a change only with an insert or a version step, so an equal
 * snapshot means nothing was stored and no event was queued — whether the outbox relay is running or not (it only
 * removes entries).
 */
public final class StoreSnapshot {

    public static Map<String, Long> of(MongoTemplate mongo) {
        Map<String, Long> state = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            long documents = 0;
            long versions = 0;
            for (Document document : mongo.getCollection(collection).find().projection(new Document("version", 1))) {
                documents++;
                versions += ((Number) document.getOrDefault("version", 0L)).longValue();
            }
            state.put(collection, documents);
            state.put(collection + ".versions", versions);
        }
        return state;
    }

    private StoreSnapshot() {}
}
