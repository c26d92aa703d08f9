package cn.wuhu.sti.web.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** One real MongoDB wire-protocol server per test JVM, on a free port; it dies with the JVM. */
public final class MongoWireServer {

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = start();

    private MongoWireServer() {}

    private static InetSocketAddress start() {
        SERVER.bind("127.0.0.1", 0);
        return SERVER.getLocalAddress();
    }

    public static String uri(String database) {
        return "mongodb://" + ADDRESS.getHostString() + ":" + ADDRESS.getPort() + "/" + database;
    }
}
