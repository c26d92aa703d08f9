package cn.wuhu.sti.launcher;

import cn.wuhu.sti.gateway.GatewayApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one process: a real KRaft Kafka broker, the Mongo wire server, every {@link ContextService}
 * and the gateway with its dev token issuer, on the ports of the contract. {@code --demo} loads the 2023 seed figures.
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * All apps share one classpath here, so the gateway would pick up the services' platform auto-configurations
     * (Mongo, Kafka, the Idempotency-Key store, the resource server). In its own deployment it has none of them.
     */
    private static final List<String> SERVICE_ONLY_AUTO_CONFIGURATIONS = List.of(
            "cn.wuhu.sti.messaging.MessagingAutoConfiguration",
            "cn.wuhu.sti.store.StoreAutoConfiguration",
            "cn.wuhu.sti.web.idempotency.IdempotencyAutoConfiguration",
            "cn.wuhu.sti.web.security.ResourceServerAutoConfiguration",
            "cn.wuhu.sti.web.health.MongoPingHealthAutoConfiguration",
            "cn.wuhu.sti.web.problem.ProblemDetailsAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration",
            // The gateway's own exclusions (gateway.yml), which a command-line list replaces rather than extends.
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    /**
     * The gateway's dev issuer, on the class path the services share with it here (never in a service's own image):
     * without this exclusion each service would generate an RSA key pair for an authorization server it does not run
     * (measured: about 4 s of the start-up's main thread for the five, with C1 only).
     */
    private static final List<String> GATEWAY_ONLY_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    /** Every library at INFO, for {@code --verbose}; logback.xml is the quiet console of every other start. */
    private static final String VERBOSE_LOGGING = "logback-verbose.xml";

    private final PlatformOptions options;
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    private String kafkaBootstrap;
    private String mongoBase;
    private final Map<ContextService, ConfigurableApplicationContext> services = new EnumMap<>(ContextService.class);
    private ConfigurableApplicationContext gateway;

    private LocalPlatform(PlatformOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        PlatformOptions options;
        try {
            options = PlatformOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.verbose) {
            // Before the first logger is made: the broker logs before any application starts.
            System.setProperty("logback.configurationFile", VERBOSE_LOGGING);
        }
        long started = System.nanoTime();
        LocalPlatform platform;
        try {
            platform = start(options);
        } catch (Exception e) {
            System.err.println("sti-platform failed to start: " + e.getMessage());
            // The broker may leave non-daemon threads behind on a failed start.
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping sti-platform ...");
                            platform.close();
                            System.out.println("sti-platform stopped.");
                            stopped.countDown();
                        },
                        "sti-platform-stop"));
        if (options.demo && options.runs("services")) {
            new DemoData(platform.gatewayUrl()).load(System.out);
        }
        platform.printReady(Duration.ofNanos(System.nanoTime() - started));
        stopped.await();
    }

    public static LocalPlatform start(PlatformOptions options) throws Exception {
        LocalPlatform platform = new LocalPlatform(options);
        try {
            platform.startInfrastructure();
            if (options.runs("services")) {
                platform.startServices();
            }
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startInfrastructure() throws Exception {
        Path dataDir = options.dataDir;
        if (!options.runs("mongo")) {
            mongoBase = "(not started)";
        } else if (options.externalMongo == null) {
            var mongo = MongoWireServer.start(options.mongoPort, dataDir == null ? null : dataDir.resolve("mongo"));
            infrastructure.add(mongo);
            mongoBase = mongo.uri("").replaceAll("/$", "");
        } else {
            mongoBase = options.externalMongo.replaceAll("/$", "");
        }
        if (!options.runs("kafka")) {
            kafkaBootstrap = "(not started)";
        } else if (options.externalKafka == null) {
            Path kafkaDir = dataDir == null ? Files.createTempDirectory("sti-kafka") : dataDir.resolve("kafka");
            var kafka = KafkaBroker.start(options.kafkaPort, options.kafkaControllerPort, kafkaDir);
            infrastructure.add(0, kafka);
            kafkaBootstrap = kafka.bootstrapServers();
        } else {
            kafkaBootstrap = options.externalKafka;
        }
    }

    private void startServices() {
        List<String> gatewayArgs = new ArrayList<>(List.of(
                "--spring.profiles.active=dev",
                "--spring.autoconfigure.exclude=" + String.join(",", SERVICE_ONLY_AUTO_CONFIGURATIONS),
                // SpringDoc is on the shared classpath for the services; the gateway has no API document of its own.
                "--springdoc.api-docs.enabled=false"));
        for (ContextService service : ContextService.values()) {
            services.put(service, startService(service));
            gatewayArgs.add(
                    "--sti.gateway.services." + service.backend().id() + "=" + localhost(options.port(service)));
        }
        gateway =
                run(GatewayApplication.class, "gateway", options.gatewayPort, null, gatewayArgs.toArray(String[]::new));
    }

    /** Closes one service and starts it again on the same data: what a crash and a restart look like. */
    public void restart(ContextService service, String... extraArgs) {
        services.remove(service).close();
        services.put(service, startService(service, extraArgs));
    }

    private ConfigurableApplicationContext startService(ContextService service, String... extraArgs) {
        List<String> args = new ArrayList<>(
                List.of("--spring.autoconfigure.exclude=" + String.join(",", GATEWAY_ONLY_AUTO_CONFIGURATIONS)));
        args.addAll(List.of(extraArgs));
        return run(
                service.application(),
                service.configName(),
                options.port(service),
                service.database(),
                args.toArray(String[]::new));
    }

    private ConfigurableApplicationContext run(
            Class<?> application, String configName, int port, String database, String... extra) {
        System.out.printf("Starting %s on port %d ...%n", configName, port);
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.name=" + configName,
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                // One console for all apps: the first to start would otherwise name every line.
                "--logging.include-application-name=false",
                // The trace and span ids on a line logged inside a trace, nothing (not a blank column) elsewhere.
                "--logging.pattern.correlation=%replace([%X{traceId:-} %X{spanId:-}] ){'^\\[ \\] $',''}",
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                "--sti.security.issuer=" + gatewayUrl()));
        if (database != null) {
            args.add("--spring.mongodb.uri=" + mongoBase + "/" + database);
            args.add("--spring.mongodb.database=" + database);
        }
        if (options.verbose) {
            args.add("--logging.config=classpath:" + VERBOSE_LOGGING);
        }
        args.addAll(List.of(extra));
        args.addAll(options.argsFor(configName));
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }

    public String gatewayUrl() {
        return localhost(options.gatewayPort);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    /** The running service's application context, to reach its beans. */
    public ConfigurableApplicationContext service(ContextService service) {
        return services.get(service);
    }

    public ConfigurableApplicationContext gateway() {
        return gateway;
    }

    private void printReady(Duration took) {
        System.out.print(readyMessage(options, kafkaBootstrap, mongoBase, took));
    }

    /** What the console shows once everything answers: where each part listens, then the ready line. */
    static String readyMessage(PlatformOptions options, String kafka, String mongo, Duration took) {
        StringBuilder message = new StringBuilder("\n");
        if (!options.runs("services")) {
            line(message, "Kafka", kafka);
            line(message, "MongoDB", mongo);
            return message.append("\nsti-platform ready in %.1f s (%s only) — press Ctrl-C to stop.\n"
                            .formatted(took.toMillis() / 1000.0, options.only))
                    .toString();
        }
        String gateway = localhost(options.gatewayPort);
        line(message, "Gateway (all APIs)", gateway);
        line(
                message,
                "Token endpoint",
                "POST " + gateway
                        + "/oauth2/token  (bureau-admin / bureau-admin-secret, dept-reader / dept-reader-secret)");
        for (ContextService service : ContextService.values()) {
            line(message, service.title(), localhost(options.port(service)));
        }
        line(message, "Kafka", kafka);
        line(message, "MongoDB", mongo);
        line(message, "Health", gateway + "/actuator/health");
        return message.append(
                        "\nsti-platform ready in %.1f s — press Ctrl-C to stop.\n".formatted(took.toMillis() / 1000.0))
                .toString();
    }

    private static void line(StringBuilder message, String label, String value) {
        message.append("  %-21s%s\n".formatted(label, value));
    }

    private static String localhost(int port) {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        services.values().forEach(ConfigurableApplicationContext::close);
        services.clear();
        for (AutoCloseable closeable : infrastructure) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + closeable + ": " + e);
            }
        }
        infrastructure.clear();
    }
}
