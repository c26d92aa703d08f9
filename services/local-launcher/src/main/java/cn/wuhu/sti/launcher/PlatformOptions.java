package cn.wuhu.sti.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start the local platform. Ports default to the contract's; {@link #externalKafka} / {@link #externalMongo}
 * point the services at infrastructure that already runs (containers, a cluster) instead of starting our own.
 */
public final class PlatformOptions {

    boolean demo;
    Path dataDir;
    int gatewayPort = 8080;
    int enterprisePort = 8082;
    int reportingPort = 8085;
    int kafkaPort = 9092;
    int kafkaControllerPort = 9093;
    int mongoPort = 27017;
    String externalKafka;
    String externalMongo;
    /** {@code kafka} or {@code mongo} to run that piece of infrastructure alone; null for the whole platform. */
    String only;

    private final Map<String, List<String>> serviceArgs = new HashMap<>();

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
                case "--data-dir" -> options.dataDir = Path.of(value);
                case "--gateway-port" -> options.gatewayPort = port(arg, value);
                case "--enterprise-port" -> options.enterprisePort = port(arg, value);
                case "--reporting-port" -> options.reportingPort = port(arg, value);
                case "--kafka-port" -> options.kafkaPort = port(arg, value);
                case "--kafka-controller-port" -> options.kafkaControllerPort = port(arg, value);
                case "--mongo-port" -> options.mongoPort = port(arg, value);
                case "--kafka" -> options.externalKafka = value;
                case "--mongo" -> options.externalMongo = value;
                case "--only" -> options.only = only(arg, value);
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
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

    static String usage() {
        return """
                Usage: ./sti-local [--demo] [--data-dir=DIR] [--gateway-port=8080] [--enterprise-port=8082]
                                   [--reporting-port=8085] [--kafka-port=9092] [--kafka-controller-port=9093]
                                   [--mongo-port=27017] [--kafka=HOST:PORT] [--mongo=mongodb://HOST:PORT]
                                   [--only=kafka|mongo]
                  --demo       load the bureau's 2023 figures through the public API
                  --data-dir   keep Kafka's log and the Mongo data in DIR (in memory otherwise)
                  --kafka      use a running Kafka instead of starting one
                  --mongo      use a running MongoDB instead of starting the wire server
                  --only       start just the Kafka broker or just the Mongo wire server (with --data-dir,
                               durable as in the whole platform), for services started elsewhere""";
    }

    public PlatformOptions withPorts(int gateway, int enterprise, int reporting) {
        gatewayPort = gateway;
        enterprisePort = enterprise;
        reportingPort = reporting;
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
