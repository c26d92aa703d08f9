package cn.wuhu.sti.wire;

import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;

/**
 * Finds the documents a query names by {@code _id} beside other conditions through the {@code _id} index.
 * mongo-java-server uses an index only for a query of exactly its keys, so a version-guarded write {@code {_id,
 * version}} scanned the whole collection; a backend's collection answers such a query from these positions and
 * still matches every condition on the documents found. The {@code _id} may be a value or anything the {@code _id}
 * index answers alone ({@code $in}), at the top of the query or in an {@code $and} of it (the driver's {@code
 * Filters.and}); any other operator on it leaves the query to the collection's scan.
 */
public final class IdLookup {

    /** {@code idField} is the collection's id field ({@code getIdField()}, which only the collection may ask). */
    public static <P> Optional<Iterable<P>> positions(
            AbstractMongoCollection<P> collection, String idField, Document query) {
        if (idField == null || query.size() < 2 && !query.containsKey("$and")) {
            return Optional.empty();
        }
        Object id = idOf(query, idField);
        if (id == null) {
            return Optional.empty();
        }
        Document byId = new Document(idField, id);
        for (Index<P> index : collection.getIndexes()) {
            if (index.isUnique() && index.canHandle(byId)) {
                return Optional.of(index.getPositions(byId));
            }
        }
        return Optional.empty();
    }

    /** The {@code _id} condition at the top of the query or in one of its {@code $and} terms (the driver's form). */
    private static Object idOf(Document query, String idField) {
        Object id = query.get(idField);
        if (id == null && query.get("$and") instanceof List<?> terms) {
            for (Object term : terms) {
                if (term instanceof Document document && document.get(idField) != null) {
                    return document.get(idField);
                }
            }
        }
        return id;
    }

    private IdLookup() {}
}
