package cn.wuhu.sti.wire;

import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Optional;

/**
 * Finds the one document a query names by {@code _id} beside other conditions through the {@code _id} index.
 * mongo-java-server uses an index only for a query of exactly its keys, so a version-guarded write {@code {_id,
 * version}} scanned the whole collection; a backend's collection answers such a query from these positions and
 * still matches every condition on the document found.
 */
public final class IdLookup {

    /** {@code idField} is the collection's id field ({@code getIdField()}, which only the collection may ask). */
    public static <P> Optional<Iterable<P>> positions(
            AbstractMongoCollection<P> collection, String idField, Document query) {
        Object id = query.get(idField);
        if (query.size() < 2 || id == null || id instanceof Document) {
            return Optional.empty();
        }
        Document byId = new Document(idField, id);
        for (Index<P> index : collection.getIndexes()) {
            if (index.canHandle(byId)) {
                return Optional.of(index.getPositions(byId));
            }
        }
        return Optional.empty();
    }

    private IdLookup() {}
}
