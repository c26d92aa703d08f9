package cn.wuhu.sti.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guarded writes the platform makes answer as on mongo-java-server's own backend, over the wire. */
class IdIndexedMemoryBackendTest {

    private static MongoServer server;
    private static MongoClient client;
    private MongoCollection<Document> firms;

    @BeforeAll
    static void start() {
        server = new MongoServer(new IdIndexedMemoryBackend());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
                + server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void firms() {
        firms = client.getDatabase("test").getCollection("firms");
        firms.drop();
        for (int i = 0; i < 100; i++) {
            firms.insertOne(
                    new Document("_id", "firm-" + i).append("version", 0L).append("name", "n" + i));
        }
    }

    @Test
    void aVersionGuardedUpdateChangesTheDocumentOnlyAtTheExpectedVersion() {
        var stale = firms.updateOne(
                Filters.and(Filters.eq("_id", "firm-7"), Filters.eq("version", 3L)), Updates.set("name", "stale"));
        var current = firms.updateOne(
                Filters.and(Filters.eq("_id", "firm-7"), Filters.eq("version", 0L)),
                Updates.combine(Updates.set("name", "renamed"), Updates.inc("version", 1L)));

        assertThat(stale.getModifiedCount()).isZero();
        assertThat(current.getModifiedCount()).isEqualTo(1);
        assertThat(firms.find(Filters.eq("_id", "firm-7")).first())
                .containsEntry("name", "renamed")
                .containsEntry("version", 1L);
        assertThat(firms.countDocuments(Filters.eq("name", "renamed"))).isEqualTo(1);
    }

    @Test
    void aGuardedUpsertThatFindsNothingByItsIdInsertsAndOneThatFailsItsGuardCollidesOnTheId() {
        firms.updateOne(
                Filters.and(Filters.eq("_id", "firm-new"), Filters.lt("revision", 1)),
                Updates.set("revision", 1),
                new UpdateOptions().upsert(true));

        assertThat(firms.find(Filters.eq("_id", "firm-new")).first()).containsEntry("revision", 1);
        assertThat(firms.countDocuments()).isEqualTo(101);
    }

    @Test
    void aGuardedUpdateInTheDriversAndFormChangesOnlyTheDocumentThatMatchesEveryTerm() {
        var stale = firms.updateOne(
                new Document("$and", java.util.List.of(new Document("_id", "firm-8"), new Document("version", 2L))),
                Updates.set("name", "stale"));
        var current = firms.updateOne(
                new Document("$and", java.util.List.of(new Document("_id", "firm-8"), new Document("version", 0L))),
                Updates.set("name", "renamed"));

        assertThat(stale.getModifiedCount()).isZero();
        assertThat(current.getModifiedCount()).isEqualTo(1);
        assertThat(firms.countDocuments(Filters.eq("name", "renamed"))).isEqualTo(1);
    }

    @Test
    void aQueryOnAnIdAndAnotherFieldFindsOnlyWhatMatchesBoth() {
        assertThat(firms.find(Filters.and(Filters.eq("_id", "firm-3"), Filters.eq("name", "n3"))))
                .hasSize(1);
        assertThat(firms.find(Filters.and(Filters.eq("_id", "firm-3"), Filters.eq("name", "n4"))))
                .isEmpty();
        assertThat(firms.find(Filters.and(Filters.in("_id", "firm-3", "firm-4"), Filters.exists("name"))))
                .hasSize(2);
    }
}
