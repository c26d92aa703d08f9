package cn.wuhu.sti.reliability;

import cn.wuhu.sti.launcher.ContextService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Where one platform under test listens and keeps its data: ports picked once, so every restart reuses them. */
record Topology(
        Path dataDir,
        Path logDir,
        int gateway,
        Map<ContextService, Integer> services,
        int kafka,
        int controller,
        int mongo) {

    static Topology fresh(String name) {
        Path root = Path.of(System.getProperty("sti.reliability.work-dir", "target/reliability"))
                .resolve(name + "-" + System.currentTimeMillis());
        PrimitiveIterator.OfInt ports =
                Arrays.stream(freePorts(4 + ContextService.values().length)).iterator();
        int gateway = ports.nextInt();
        Map<ContextService, Integer> services = new EnumMap<>(ContextService.class);
        for (ContextService service : ContextService.values()) {
            services.put(service, ports.nextInt());
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Topology(
                root.resolve("data"),
                root,
                gateway,
                Collections.unmodifiableMap(services),
                ports.nextInt(),
                ports.nextInt(),
                ports.nextInt());
    }

    /** The arguments that put every part on this topology's ports and data folder. */
    List<String> launcherArgs(String... extra) {
        return Stream.concat(
                        Stream.of(
                                "--data-dir=" + dataDir,
                                "--gateway-port=" + gateway,
                                "--kafka-port=" + kafka,
                                "--kafka-controller-port=" + controller,
                                "--mongo-port=" + mongo),
                        Stream.concat(
                                Arrays.stream(ContextService.values())
                                        .map(service -> service.portOption() + "=" + services.get(service)),
                                Stream.of(extra)))
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
