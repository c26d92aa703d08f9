package cn.wuhu.sti.launcher;

import cn.wuhu.sti.wire.IdIndexedMemoryBackend;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB wire protocol served in-process by mongo-java-server: in memory, or in an H2 file when a data folder
 * is given, where every acknowledged write is on disk before its answer ({@link DurableH2Backend}). No sessions or
 * transactions (docs/adr/0003); the services never need them.
 */
final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final int port;

    private MongoWireServer(MongoServer server, MongoBackend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static MongoWireServer start(int port, Path dataDir) throws Exception {
        MongoBackend backend;
        if (dataDir == null) {
            backend = new IdIndexedMemoryBackend();
        } else {
            Files.createDirectories(dataDir);
            backend = DurableH2Backend.open(dataDir.resolve("mongo.mv"));
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new MongoWireServer(server, backend, server.getLocalAddress().getPort());
    }

    String uri(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (backend instanceof DurableH2Backend durable) {
            System.out.println("Mongo wire server: " + durable.groupCommitSummary());
        }
    }
}
