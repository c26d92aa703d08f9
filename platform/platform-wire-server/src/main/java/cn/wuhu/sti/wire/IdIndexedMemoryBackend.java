package cn.wuhu.sti.wire;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * mongo-java-server's in-memory backend, with two differences. A query that names its {@code _id} beside other
 * conditions — the platform's version-guarded update {@code {_id, version}}, reporting's guarded upserts — is
 * answered through the {@code _id} index ({@link IdLookup}). Without it each of those writes scanned the whole
 * collection: the demo's 3,110 firms made every write cost as much as 3,110 reads. And a secondary index on one
 * field is kept ({@link FieldIndex}), so the relay's search for pending events and reporting's "changed since" read
 * only what they find, where mongo-java-server scanned for both.
 */
public class IdIndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return SecondaryIndexes.open(indexName, keys, sparse);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new Collection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class Collection extends MemoryCollection {

        Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            return IdLookup.positions(this, getIdField(), query)
                    .map(byId -> matchDocuments(query, byId, orderBy, skip, limit, batchSize, fieldSelector))
                    .orElseGet(() -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector));
        }
    }
}
