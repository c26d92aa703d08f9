package cn.wuhu.sti.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * How to start the local platform. Ports default to the contract's; {@link #externalKafka} / {@link #externalMongo}
 * point the services at infrastructure that already runs (containers, a cluster) instead of starting our own.
 */
public final class PlatformOptions {

    private static final Map<String, ContextService> PORT_OPTIONS = Arrays.stream(ContextService.values())
            .collect(Collectors.toMap(ContextService::portOption, Function.identity()));
    private static final int USAGE_WIDTH = 100;

    boolean demo;
    /** Every library's log on the console, not only what a user can act on. */
    boolean verbose;

    Path dataDir;
    int gatewayPort = 8080;
    int kafkaPort = 9092;
    int kafkaControllerPort = 9093;
    int mongoPort = 27017;
    String externalKafka;
    String externalMongo;
    /** {@code kafka} or {@code mongo} to run that piece of infrastructure alone; null for the whole platform. */
    String only;

    private final Map<ContextService, Integer> servicePorts = new EnumMap<>(ContextService.class);
    private final Map<String, List<String>> serviceArgs = new HashMap<>();

    private PlatformOptions() {
        for (ContextService service : ContextService.values()) {
            servicePorts.put(service, service.backend().defaultPort());
        }
    }

    public static PlatformOptions defaults() {
        return new PlatformOptions();
    }

    public static PlatformOptions parse(String... args) {
        PlatformOptions options = defaults();
        for (String arg : args) {
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (key) {
                case "--demo" -> options.demo = true;
                case "--verbose" -> options.verbose = true;
                case "--data-dir" -> options.dataDir = Path.of(value);
                case "--gateway-port" -> options.gatewayPort = port(arg, value);
                case "--kafka-port" -> options.kafkaPort = port(arg, value);
                case "--kafka-controller-port" -> options.kafkaControllerPort = port(arg, value);
                case "--mongo-port" -> options.mongoPort = port(arg, value);
                case "--kafka" -> options.externalKafka = value;
                case "--mongo" -> options.externalMongo = value;
                case "--only" -> options.only = only(arg, value);
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> {
                    ContextService service = PORT_OPTIONS.get(key);
                    if (service == null) {
                        throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
                    }
                    options.servicePorts.put(service, port(arg, value));
                }
            }
        }
        return options;
    }

    private static int port(String arg, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port number: " + arg + "\n" + usage());
        }
    }

    private static String only(String arg, String value) {
        if (!value.equals("kafka") && !value.equals("mongo")) {
            throw new IllegalArgumentException("--only takes kafka or mongo: " + arg + "\n" + usage());
        }
        return value;
    }

    boolean runs(String part) {
        return only == null || only.equals(part);
    }

    int port(ContextService service) {
        return servicePorts.get(service);
    }

    static String usage() {
        List<String> options = new ArrayList<>(List.of("[--demo]", "[--data-dir=DIR]", "[--gateway-port=8080]"));
        for (ContextService service : ContextService.values()) {
            options.add("[" + service.portOption() + "=" + service.backend().defaultPort() + "]");
        }
        options.addAll(List.of(
                "[--kafka-port=9092]",
                "[--kafka-controller-port=9093]",
                "[--mongo-port=27017]",
                "[--kafka=HOST:PORT]",
                "[--mongo=mongodb://HOST:PORT]",
                "[--only=kafka|mongo]",
                "[--verbose]"));
        return wrapped("Usage: ./sti-local", options) + "\n" + """
                  --demo       load the bureau's 2023 figures through the public API
                  --data-dir   keep Kafka's log and the Mongo data in DIR (in memory otherwise)
                  --kafka      use a running Kafka instead of starting one
                  --mongo      use a running MongoDB instead of starting the wire server
                  --only       start just the Kafka broker or just the Mongo wire server (with --data-dir,
                               durable as in the whole platform), for services started elsewhere
                  --verbose    print every library's log (by default the console shows the platform's own
                               lines and the warnings and errors a user can act on)\
                """;
    }

    /** Line-wraps the options after the command, each further line indented under the first option. */
    private static String wrapped(String command, List<String> options) {
        StringBuilder text = new StringBuilder(command);
        int lineStart = 0;
        for (String option : options) {
            if (text.length() - lineStart + 1 + option.length() > USAGE_WIDTH) {
                lineStart = text.length() + 1;
                text.append('\n').append(" ".repeat(command.length()));
            }
            text.append(' ').append(option);
        }
        return text.toString();
    }

    /** The gateway and every service on a port of the supplier's, free ones in tests. */
    public PlatformOptions withPorts(IntSupplier ports) {
        gatewayPort = ports.getAsInt();
        for (ContextService service : ContextService.values()) {
            servicePorts.put(service, ports.getAsInt());
        }
        return this;
    }

    public PlatformOptions withInfrastructurePorts(int kafka, int kafkaController, int mongo) {
        kafkaPort = kafka;
        kafkaControllerPort = kafkaController;
        mongoPort = mongo;
        return this;
    }

    public PlatformOptions withExternal(String kafka, String mongo) {
        externalKafka = kafka;
        externalMongo = mongo;
        return this;
    }

    /** Extra {@code --key=value} arguments for one service, by its config name ({@code gateway}, ...). */
    public PlatformOptions withServiceArgs(String configName, String... args) {
        serviceArgs.computeIfAbsent(configName, name -> new ArrayList<>()).addAll(List.of(args));
        return this;
    }

    List<String> argsFor(String configName) {
        return serviceArgs.getOrDefault(configName, List.of());
    }
}
