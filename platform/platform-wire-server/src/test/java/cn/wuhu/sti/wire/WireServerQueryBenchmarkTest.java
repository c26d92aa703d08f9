package cn.wuhu.sti.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the wire server's indexes save on the platform's three hot queries, against mongo-java-server's own memory
 * backend, at two collection sizes: the version-guarded update {@code {_id, version}}, the relay draining a backlog
 * ({@code {"outbox.0": {$exists: true}}} in batches of 200, then the sent entries pulled) and reporting's "changed
 * since" ({@code {seq: {$gt: n}}}). Prints figures; run it with {@code ./mvnw -B -ntp -pl
 * platform/platform-wire-server verify -Dtest=WireServerQueryBenchmarkTest -Dsti.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "sti.benchmark", matches = "true")
class WireServerQueryBenchmarkTest {

    private static final int BATCH = 200;
    private static final int UPDATES = 500;

    @Test
    void guardedUpdatesBacklogDrainAndChangedSinceOnBothBackends() {
        // The scanning backend drains a backlog in quadratic time: 100,000 would take minutes there.
        for (int size : new int[] {10_000, 30_000}) {
            measure("mongo-java-server memory", MemoryBackend::new, size);
        }
        for (int size : new int[] {10_000, 30_000, 100_000}) {
            measure("IdIndexedMemoryBackend", IdIndexedMemoryBackend::new, size);
        }
    }

    private static void measure(String label, Supplier<MongoBackend> backend, int size) {
        MongoServer server = new MongoServer(backend.get());
        try (MongoClient client =
                MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            MongoCollection<Document> firms = client.getDatabase("bench").getCollection("firms");
            firms.createIndex(Indexes.ascending("outbox.0"), new IndexOptions().sparse(true));
            firms.createIndex(Indexes.ascending("seq"));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(new Document("_id", "firm-" + i)
                        .append("version", 0L)
                        .append("seq", (long) i)
                        .append("outbox", List.of(new Document("eventId", "e-" + i).append("data", "x".repeat(200)))));
                if (batch.size() == 1_000) {
                    firms.insertMany(batch, new InsertManyOptions().ordered(false));
                    batch.clear();
                }
            }

            long start = System.nanoTime();
            int drained = 0;
            List<Document> pending;
            do {
                pending = firms.find(Filters.exists("outbox.0"))
                        .projection(Projections.include("outbox"))
                        .limit(BATCH)
                        .into(new ArrayList<>());
                List<WriteModel<Document>> pulls = new ArrayList<>();
                for (Document document : pending) {
                    pulls.add(new UpdateOneModel<>(
                            Filters.eq("_id", document.get("_id")), Updates.pull("outbox", new Document())));
                }
                if (!pulls.isEmpty()) {
                    firms.bulkWrite(pulls);
                }
                drained += pending.size();
            } while (pending.size() == BATCH);
            double drainSeconds = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            long modified = 0;
            for (int i = 0; i < UPDATES; i++) {
                int n = (int) ((long) i * 7919 % size);
                modified += firms.updateOne(
                                new Document("_id", "firm-" + n).append("version", 0L),
                                Updates.combine(Updates.inc("version", 1L), Updates.set("seq", (long) size + i)))
                        .getModifiedCount();
            }
            double updatesPerSecond = UPDATES / ((System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            int changed = 0;
            for (int i = 0; i < 100; i++) {
                changed = firms.find(Filters.gt("seq", (long) size + UPDATES - 256))
                        .into(new ArrayList<>())
                        .size();
            }
            double changedSinceMillis = (System.nanoTime() - start) / 1e6 / 100;

            System.out.printf(
                    "wire-server query benchmark %s, %,d documents: backlog drained at %,.0f events/s (%.1f s);"
                            + " guarded updates %,.0f/s; changed since %.2f ms%n",
                    label, size, drained / drainSeconds, drainSeconds, updatesPerSecond, changedSinceMillis);
            assertThat(drained).isEqualTo(size);
            assertThat(modified).isEqualTo(UPDATES);
            assertThat(changed).isEqualTo(255);
        } finally {
            server.shutdownNow();
        }
    }
}
