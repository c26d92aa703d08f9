package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What answering only durable writes costs the wire server itself: acknowledged single-document writes per second
 * from concurrent clients, in memory, on H2 with its own background commit (the old local store) and on
 * {@link DurableH2Backend}. A benchmark that prints figures; run it with
 * {@code ./mvnw -pl services/local-launcher test -Dtest=WireServerWriteBenchmarkTest -Dsti.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "sti.benchmark", matches = "true")
class WireServerWriteBenchmarkTest {

    private static final int CLIENTS = Integer.getInteger("sti.benchmark.clients", 4);
    private static final long MILLIS = Long.getLong("sti.benchmark.millis", 10_000);

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesPerSecondInMemoryOnH2AndDurable() throws Exception {
        double memory = writesPerSecond("in memory", new MemoryBackend());
        double background = writesPerSecond(
                "H2, background commit",
                new H2Backend(dir.resolve("background.mv").toString()));
        DurableH2Backend durable = DurableH2Backend.open(dir.resolve("durable.mv"));
        double durableRate = writesPerSecond("H2, durable before answered", durable);
        System.out.printf(
                "wire-server benchmark: durable = %.0f%% of background commit, %.0f%% of memory; %s; files %d KB"
                        + " (background commit) and %d KB (durable)%n",
                100 * durableRate / background,
                100 * durableRate / memory,
                durable.groupCommitSummary(),
                Files.size(dir.resolve("background.mv")) / 1024,
                Files.size(dir.resolve("durable.mv")) / 1024);
        assertThat(durableRate).isPositive();
    }

    private static double writesPerSecond(String label, MongoBackend backend) throws Exception {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client =
                MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            var firms = client.getDatabase("bench").getCollection("firms");
            LongAdder writes = new LongAdder();
            long until = System.currentTimeMillis() + MILLIS;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNo = c;
                Thread thread = new Thread(() -> {
                    for (int i = 0; System.currentTimeMillis() < until; i++) {
                        String id = clientNo + "-" + i;
                        firms.insertOne(new Document("_id", id)
                                .append("name", "Firm " + id)
                                .append("version", 0));
                        firms.updateOne(Filters.eq("_id", id), Updates.inc("version", 1));
                        writes.add(2);
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double perSecond = writes.sum() * 1000.0 / MILLIS;
            System.out.printf(
                    "wire-server benchmark %s: %d clients, %.0f acknowledged writes/s%n", label, CLIENTS, perSecond);
            return perSecond;
        } finally {
            server.shutdownNow();
        }
    }
}
