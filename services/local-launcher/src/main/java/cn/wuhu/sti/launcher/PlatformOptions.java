package cn.wuhu.sti.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start the local platform. Ports default to the contract's; {@code externalKafka} / {@code externalMongo}
 * point the services at infrastructure that already runs (containers, a cluster) instead of starting our own.
 *
 * @param serviceArgs extra {@code --key=value} arguments per service config name ({@code gateway},
 *     {@code enterprise-service}, {@code reporting-service})
 */
public record PlatformOptions(
        boolean demo,
        Path dataDir,
        int gatewayPort,
        int enterprisePort,
        int reportingPort,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        String externalKafka,
        String externalMongo,
        Map<String, List<String>> serviceArgs) {

    public static PlatformOptions defaults() {
        return new PlatformOptions(false, null, 8080, 8082, 8085, 9092, 9093, 27017, null, null, Map.of());
    }

    public static PlatformOptions parse(String... args) {
        PlatformOptions options = defaults();
        for (String arg : args) {
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            options = switch (key) {
                case "--demo" -> options.withDemo(true);
                case "--data-dir" -> options.withDataDir(Path.of(value));
                case "--gateway-port" ->
                    options.withPorts(Integer.parseInt(value), options.enterprisePort, options.reportingPort);
                case "--enterprise-port" ->
                    options.withPorts(options.gatewayPort, Integer.parseInt(value), options.reportingPort);
                case "--reporting-port" ->
                    options.withPorts(options.gatewayPort, options.enterprisePort, Integer.parseInt(value));
                case "--kafka-port" ->
                    options.withInfrastructurePorts(
                            Integer.parseInt(value), options.kafkaControllerPort, options.mongoPort);
                case "--kafka-controller-port" ->
                    options.withInfrastructurePorts(options.kafkaPort, Integer.parseInt(value), options.mongoPort);
                case "--mongo-port" ->
                    options.withInfrastructurePorts(
                            options.kafkaPort, options.kafkaControllerPort, Integer.parseInt(value));
                case "--kafka" -> options.withExternal(value, options.externalMongo);
                case "--mongo" -> options.withExternal(options.externalKafka, value);
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            };
        }
        return options;
    }

    static String usage() {
        return """
                Usage: ./sti-local [--demo] [--data-dir=DIR] [--gateway-port=8080] [--enterprise-port=8082]
                                   [--reporting-port=8085] [--kafka-port=9092] [--kafka-controller-port=9093]
                                   [--mongo-port=27017]
                                   [--kafka=HOST:PORT] [--mongo=mongodb://HOST:PORT]
                  --demo       load the bureau's 2023 figures through the public API
                  --data-dir   keep Kafka's log and the Mongo data in DIR (in memory otherwise)
                  --kafka      use a running Kafka instead of starting one
                  --mongo      use a running MongoDB instead of starting the wire server""";
    }

    public PlatformOptions withDemo(boolean demo) {
        return new PlatformOptions(
                demo,
                dataDir,
                gatewayPort,
                enterprisePort,
                reportingPort,
                kafkaPort,
                kafkaControllerPort,
                mongoPort,
                externalKafka,
                externalMongo,
                serviceArgs);
    }

    public PlatformOptions withDataDir(Path dataDir) {
        return new PlatformOptions(
                demo,
                dataDir,
                gatewayPort,
                enterprisePort,
                reportingPort,
                kafkaPort,
                kafkaControllerPort,
                mongoPort,
                externalKafka,
                externalMongo,
                serviceArgs);
    }

    public PlatformOptions withPorts(int gateway, int enterprise, int reporting) {
        return new PlatformOptions(
                demo,
                dataDir,
                gateway,
                enterprise,
                reporting,
                kafkaPort,
                kafkaControllerPort,
                mongoPort,
                externalKafka,
                externalMongo,
                serviceArgs);
    }

    public PlatformOptions withInfrastructurePorts(int kafka, int kafkaController, int mongo) {
        return new PlatformOptions(
                demo,
                dataDir,
                gatewayPort,
                enterprisePort,
                reportingPort,
                kafka,
                kafkaController,
                mongo,
                externalKafka,
                externalMongo,
                serviceArgs);
    }

    public PlatformOptions withExternal(String kafka, String mongo) {
        return new PlatformOptions(
                demo,
                dataDir,
                gatewayPort,
                enterprisePort,
                reportingPort,
                kafkaPort,
                kafkaControllerPort,
                mongoPort,
                kafka,
                mongo,
                serviceArgs);
    }

    public PlatformOptions withServiceArgs(String configName, String... args) {
        var all = new java.util.HashMap<>(serviceArgs);
        var list = new ArrayList<>(all.getOrDefault(configName, List.of()));
        list.addAll(List.of(args));
        all.put(configName, List.copyOf(list));
        return new PlatformOptions(
                demo,
                dataDir,
                gatewayPort,
                enterprisePort,
                reportingPort,
                kafkaPort,
                kafkaControllerPort,
                mongoPort,
                externalKafka,
                externalMongo,
                Map.copyOf(all));
    }

    List<String> argsFor(String configName) {
        return serviceArgs.getOrDefault(configName, List.of());
    }
}
