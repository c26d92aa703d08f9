package cn.wuhu.sti.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Where one platform under test listens and keeps its data: ports picked once, so every restart reuses them. */
record Topology(
        Path dataDir, Path logDir, int gateway, int enterprise, int reporting, int kafka, int controller, int mongo) {

    static Topology fresh(String name) {
        Path root = Path.of(System.getProperty("sti.reliability.work-dir", "target/reliability"))
                .resolve(name + "-" + System.currentTimeMillis());
        int[] ports = freePorts(6);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Topology(root.resolve("data"), root, ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]);
    }

    /** The arguments that put every part on this topology's ports and data folder. */
    List<String> launcherArgs(String... extra) {
        return Stream.concat(
                        Stream.of(
                                "--data-dir=" + dataDir,
                                "--gateway-port=" + gateway,
                                "--enterprise-port=" + enterprise,
                                "--reporting-port=" + reporting,
                                "--kafka-port=" + kafka,
                                "--kafka-controller-port=" + controller,
                                "--mongo-port=" + mongo),
                        Stream.of(extra))
                .toList();
    }

    String gatewayUrl() {
        return "http://localhost:" + gateway;
    }

    String kafkaBootstrap() {
        return "localhost:" + kafka;
    }

    String mongoUri() {
        return "mongodb://localhost:" + mongo;
    }

    /**
     * Free ports below Linux's ephemeral range (32768 up), so that no client socket takes one while its server is
     * down: the store and the broker are away for seconds at a time and must come back on the same port.
     */
    private static int[] freePorts(int count) {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < count) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                ports.add(socket.getLocalPort());
            } catch (IOException taken) {
                // In use: try another.
            }
        }
        return ports.stream().mapToInt(Integer::intValue).toArray();
    }
}
