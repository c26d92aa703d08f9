package cn.wuhu.sti.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay's search for pending events and reporting's "changed since" answer over the wire exactly as on
 * mongo-java-server's own backend, which scans, whatever shape the indexed field takes.
 */
class FieldIndexTest {

    private static MongoServer plainServer;
    private static MongoServer indexedServer;
    private static MongoClient plain;
    private static MongoClient indexed;

    @BeforeAll
    static void start() {
        plainServer = new MongoServer(new MemoryBackend());
        indexedServer = new MongoServer(new IdIndexedMemoryBackend());
        plain = MongoClients.create("mongodb://localhost:" + plainServer.bind().getPort());
        indexed = MongoClients.create(
                "mongodb://localhost:" + indexedServer.bind().getPort());
    }

    @AfterAll
    static void stop() {
        plain.close();
        indexed.close();
        plainServer.shutdownNow();
        indexedServer.shutdownNow();
    }

    @Test
    void pendingAndChangedSinceFindWhatAScanFindsThroughInsertsPushesPullsAndDeletes() {
        List<MongoCollection<Document>> both = List.of(collection(plain), collection(indexed));
        Random random = new Random(15);
        for (int step = 0; step < 2_000; step++) {
            String id = "doc-" + random.nextInt(300);
            Bson byId = Filters.eq("_id", id);
            int action = random.nextInt(6);
            Object seq = seqValue(random);
            for (MongoCollection<Document> docs : both) {
                switch (action) {
                    case 0 ->
                        docs.replaceOne(
                                byId,
                                new Document("seq", seq).append("outbox", List.of()),
                                new com.mongodb.client.model.ReplaceOptions().upsert(true));
                    case 1 -> docs.updateOne(byId, Updates.push("outbox", new Document("eventId", "e" + step)));
                    case 2 -> docs.updateOne(byId, Updates.pull("outbox", new Document()));
                    case 3 -> docs.updateOne(byId, Updates.set("seq", seq));
                    case 4 -> docs.updateOne(byId, Updates.unset("outbox"));
                    default -> docs.deleteOne(byId);
                }
            }
            if (step % 50 == 0) {
                long bound = random.nextInt(40);
                for (Bson query : List.of(
                        Filters.exists("outbox.0"),
                        Filters.gt("seq", bound),
                        Filters.gte("seq", bound),
                        Filters.and(Filters.gt("seq", bound), Filters.lte("seq", bound + 10)),
                        Filters.lt("seq", (double) bound))) {
                    assertThat(ids(both.get(1), query))
                            .as("%s after step %d", query, step)
                            .isEqualTo(ids(both.get(0), query));
                }
            }
        }
        assertThat(ids(both.get(1), Filters.exists("outbox.0"))).isNotEmpty();
    }

    @Test
    void theIndexNamesOnlyTheDocumentsThatHaveTheField() {
        MongoCollection<Document> docs = collection(indexed);
        for (int i = 0; i < 1_000; i++) {
            docs.insertOne(new Document("_id", i).append("seq", (long) i).append("outbox", List.of()));
        }
        docs.updateOne(Filters.eq("_id", 500), Updates.push("outbox", new Document("eventId", "e")));

        FieldIndex<Integer> pending =
                new FieldIndex<>("pending", new de.bwaldvogel.mongo.backend.IndexKey("outbox.0", true), true, "_id");
        FieldIndex<Integer> bySeq =
                new FieldIndex<>("seq", new de.bwaldvogel.mongo.backend.IndexKey("seq", true), false, "_id");
        for (int i = 0; i < 1_000; i++) {
            var document = new de.bwaldvogel.mongo.bson.Document("_id", i).append("seq", (long) i);
            document.append(
                    "outbox", i == 500 ? List.of(new de.bwaldvogel.mongo.bson.Document("eventId", "e")) : List.of());
            pending.add(document, i, null);
            bySeq.add(document, i, null);
        }

        var exists = new de.bwaldvogel.mongo.bson.Document(
                "outbox.0", new de.bwaldvogel.mongo.bson.Document("$exists", true));
        var since = new de.bwaldvogel.mongo.bson.Document("seq", new de.bwaldvogel.mongo.bson.Document("$gt", 997L));
        assertThat(pending.canHandle(exists)).isTrue();
        assertThat(pending.getPositions(exists)).containsExactly(500);
        assertThat(bySeq.canHandle(since)).isTrue();
        assertThat(bySeq.getPositions(since)).containsExactly(997, 998, 999);
        assertThat(ids(docs, Filters.exists("outbox.0"))).containsExactly("500");
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        MongoCollection<Document> docs = client.getDatabase("test").getCollection("docs-" + System.nanoTime());
        docs.createIndex(Indexes.ascending("outbox.0"), new IndexOptions().sparse(true));
        docs.createIndex(Indexes.ascending("seq"));
        return docs;
    }

    private static Object seqValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(40);
            case 1 -> (double) random.nextInt(40) + 0.5;
            case 2 -> List.of((long) random.nextInt(40), (long) random.nextInt(40));
            case 3 -> "s" + random.nextInt(40);
            case 4 -> null;
            default -> (long) random.nextInt(40);
        };
    }

    private static Set<String> ids(MongoCollection<Document> docs, Bson query) {
        List<String> found = new ArrayList<>();
        docs.find(query).forEach(d -> found.add(String.valueOf(d.get("_id"))));
        return new TreeSet<>(found);
    }
}
