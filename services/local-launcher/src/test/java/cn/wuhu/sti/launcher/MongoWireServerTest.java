package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire server on disk answers a write only once it is in the file: a copy of the file taken the moment the
 * answer arrives — what a {@code kill -9} would leave behind — already holds it.
 */
class MongoWireServerTest {

    @TempDir
    Path dir;

    @Test
    void anAnsweredInsertUpdateOrDeleteIsAlreadyInTheFileWhenTheAnswerArrives() throws Exception {
        try (var server = MongoWireServer.start(0, dir);
                MongoClient client = MongoClients.create(server.uri("durability"))) {
            MongoCollection<Document> firms = client.getDatabase("durability").getCollection("firms");

            firms.insertOne(new Document("_id", "A").append("tier", "TECH_SME"));
            assertThat(documentsInACopyOfTheFile("after-insert"))
                    .containsExactly(new Document("_id", "A").append("tier", "TECH_SME"));

            firms.updateOne(Filters.eq("_id", "A"), Updates.set("tier", "HIGH_TECH"));
            assertThat(documentsInACopyOfTheFile("after-update"))
                    .containsExactly(new Document("_id", "A").append("tier", "HIGH_TECH"));

            firms.deleteOne(Filters.eq("_id", "A"));
            assertThat(documentsInACopyOfTheFile("after-delete")).isEmpty();
        }
    }

    /** Opens a copy of the store's file as a crash would leave it, and reads the collection back. */
    private List<Document> documentsInACopyOfTheFile(String name) throws Exception {
        Path copy = dir.resolve(name + ".mv");
        Files.copy(dir.resolve("mongo.mv"), copy);
        MongoServer reader = new MongoServer(new H2Backend(copy.toString()));
        try (MongoClient client =
                MongoClients.create("mongodb://localhost:" + reader.bind().getPort())) {
            return client.getDatabase("durability")
                    .getCollection("firms")
                    .find()
                    .into(new ArrayList<>());
        } finally {
            reader.shutdownNow();
        }
    }
}
