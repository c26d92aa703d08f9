package cn.wuhu.sti.launcher;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB wire protocol served in-process by mongo-java-server: in memory, or in an H2 file when a data folder
 * is given. No sessions or transactions (docs/adr/0003); the services never need them.
 */
final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoWireServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static MongoWireServer start(int port, Path dataDir) throws Exception {
        MongoBackend backend;
        if (dataDir == null) {
            backend = new MemoryBackend();
        } else {
            Files.createDirectories(dataDir);
            backend = new H2Backend(dataDir.resolve("mongo.mv").toAbsolutePath().toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new MongoWireServer(server, server.getLocalAddress().getPort());
    }

    String uri(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
