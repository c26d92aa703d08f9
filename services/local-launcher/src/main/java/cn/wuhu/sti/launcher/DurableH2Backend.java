package cn.wuhu.sti.launcher;

import cn.wuhu.sti.wire.IdLookup;
import cn.wuhu.sti.wire.SecondaryIndexes;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made durable before it answers: a command that changed the store returns only
 * after its change is committed to the file and forced to disk. H2 on its own commits in the background about once
 * a second, so a process killed in that second lost writes it had already acknowledged.
 *
 * <p>Concurrent writers share commits (group commit): each write takes a ticket after it is applied; one writer at a
 * time commits and forces everything applied so far, and every writer whose ticket that covered returns without
 * committing again. H2's own background commit is off: it writes asynchronously and would mark changes saved before
 * they are in the file, so a writer could find nothing left to commit and answer too early.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that may change data; any other command that did (an unknown one) is committed too. */
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "create",
            "createindexes",
            "drop",
            "dropindexes",
            "dropdatabase",
            "renamecollection");

    /** H2's background thread would compact the file; with it off, the committing writer does, now and then. */
    private static final int COMPACT_EVERY_COMMITS = 1_000;

    private static final int COMPACT_TARGET_FILL_RATE = 80;
    private static final int COMPACT_MAX_BYTES = 4 << 20;

    private final AtomicLong applied = new AtomicLong();
    private final Object commitLock = new Object();
    private long durable;
    private final LongAdder commits = new LongAdder();
    private final LongAdder durableWrites = new LongAdder();

    private DurableH2Backend(MVStore store) {
        super(store);
    }

    static DurableH2Backend open(Path file) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toAbsolutePath().toString())
                .autoCommitDisabled()
                .open();
        // H2 keeps dead chunks 45 s in case the disk has not flushed them yet; every commit here is forced, so their
        // space can be reused at once instead of the file growing by a chunk a write.
        store.setRetentionTime(0);
        return new DurableH2Backend(store);
    }

    // mongo-java-server's names for a collection's maps in the file (H2Database keeps them private).
    private static final String DATA = "databases.";
    private static final String META = "meta.";

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdIndexedDatabase(databaseName);
    }

    /**
     * H2's database, whose collections answer a guarded write through the {@code _id} index ({@link IdLookup}) and
     * keep a secondary index on one field in memory ({@link SecondaryIndexes}), rebuilt from the file on opening.
     */
    private final class IdIndexedDatabase extends H2Database {

        // The store is the backend's: H2Database opens its collections from its constructor, before fields are set.
        IdIndexedDatabase(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return SecondaryIndexes.open(indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA + fullName);
            MVMap<String, Object> meta = getMvStore().openMap(META + fullName);
            return new H2Collection(this, collectionName, options, data, meta, cursorRegistry) {
                @Override
                protected QueryResult queryDocuments(
                        Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
                    return IdLookup.positions(this, getIdField(), query)
                            .map(byId -> matchDocuments(query, byId, orderBy, skip, limit, batchSize, fields))
                            .orElseGet(() -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fields));
                }
            };
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        boolean write = WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
        if (write || getMvStore().hasUnsavedChanges()) {
            if (write) {
                durableWrites.increment();
            }
            awaitDurable(applied.incrementAndGet());
        }
        return answer;
    }

    private void awaitDurable(long ticket) {
        synchronized (commitLock) {
            if (durable >= ticket) {
                return;
            }
            long covered = applied.get();
            getMvStore().commit();
            getMvStore().sync();
            commits.increment();
            durable = covered;
            if (commits.sum() % COMPACT_EVERY_COMMITS == 0) {
                compact();
            }
        }
    }

    /** Rewrites the live pages of sparse chunks, so their space is reused; done under the commit lock. */
    private void compact() {
        if (getMvStore().compact(COMPACT_TARGET_FILL_RATE, COMPACT_MAX_BYTES)) {
            getMvStore().commit();
            getMvStore().sync();
        }
    }

    /** Writes made durable per commit: above 1 when concurrent writes shared commits. */
    String groupCommitSummary() {
        long commitCount = commits.sum();
        long writes = durableWrites.sum();
        return String.format(
                Locale.ROOT,
                "%d writes in %d commits (%.2f per commit)",
                writes,
                commitCount,
                commitCount == 0 ? 0.0 : (double) writes / commitCount);
    }
}
