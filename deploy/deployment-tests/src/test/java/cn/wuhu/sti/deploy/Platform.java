package cn.wuhu.sti.deploy;

import static java.util.stream.Collectors.toMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services as the code defines them, read from the sources as text (this module depends on none of them): the
 * launcher's {@code ContextService} enum lists the context services and their databases, each application class its
 * name, each {@code <name>.yml} its port. The topics each one publishes and consumes are the design stated here, and
 * {@link #listenedTopics} reads the {@code @KafkaListener}s so that the statement cannot drift from the code.
 */
final class Platform {

    static final String GATEWAY = "gateway";
    static final int GATEWAY_PORT = 8080;

    /** The topics of the public contract, one per context. */
    static final List<String> CONTRACT_TOPICS =
            List.of("sti.talent.v1", "sti.enterprise.v1", "sti.techmarket.v1", "sti.parks.v1", "sti.statistics.v1");

    private static final Map<String, String> TOPIC_CONSTANTS = Map.of(
            "TALENT", "sti.talent.v1",
            "ENTERPRISE", "sti.enterprise.v1",
            "TECHMARKET", "sti.techmarket.v1",
            "PARKS", "sti.parks.v1",
            "STATISTICS", "sti.statistics.v1");

    /** A context service: its name (config name, application name, Kafka group), database and port. */
    record Service(String name, String database, int port, Set<String> publishes, Set<String> consumes) {}

    /** What each service writes and reads: the outbox relay publishes the context's topic; listeners read. */
    private static final Map<String, Set<String>> PUBLISHES = Map.of(
            "talent-service", Set.of("sti.talent.v1"),
            "enterprise-service", Set.of("sti.enterprise.v1"),
            "techmarket-service", Set.of("sti.techmarket.v1"),
            "parks-service", Set.of("sti.parks.v1"),
            // POST /api/reports/statistics records the statistics on their topic (the statistics bureau may too).
            "reporting-service", Set.of("sti.statistics.v1"));

    /**
     * The service that administers the dead letters and the department subscriptions: it reads every dead-letter
     * topic, writes dead letters back to their original topics, and describes the department groups (their lag).
     */
    static final String DEAD_LETTER_ADMINISTRATOR = "reporting-service";

    private static final Map<String, Set<String>> CONSUMES = Map.of(
            "talent-service", Set.of(),
            "enterprise-service", Set.of("sti.talent.v1"),
            "techmarket-service", Set.of(),
            "parks-service", Set.of(),
            "reporting-service", Set.copyOf(CONTRACT_TOPICS));

    private static final Pattern ENUM_CONSTANT = Pattern.compile(
            "^\\s+([A-Z_]+)\\((\\w+)\\.class,\\s*\\w+\\.CONFIG_NAME,\\s*\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern CONFIG_NAME = Pattern.compile("CONFIG_NAME\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern LISTENED_TOPIC =
            Pattern.compile("topics\\s*=\\s*Topics\\.([A-Z_]+)|super\\(\\w+,\\s*Topics\\.([A-Z_]+)\\)");

    private Platform() {}

    private static final List<Service> CONTEXT_SERVICES = readContextServices();

    /** The context services of the launcher's {@code ContextService} enum, in its order. */
    static List<Service> contextServices() {
        return CONTEXT_SERVICES;
    }

    private static List<Service> readContextServices() {
        String launcher =
                Repository.read("services/local-launcher/src/main/java/cn/wuhu/sti/launcher/ContextService.java");
        List<Service> services = new ArrayList<>();
        Matcher constant = ENUM_CONSTANT.matcher(launcher);
        while (constant.find()) {
            String name = configName(constant.group(2));
            String database = constant.group(3);
            if (!PUBLISHES.containsKey(name)) {
                throw new IllegalStateException(name + " is new: say what it publishes and consumes in Platform");
            }
            services.add(new Service(name, database, port(name), PUBLISHES.get(name), CONSUMES.get(name)));
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("No service found in the launcher's ContextService enum");
        }
        return List.copyOf(services);
    }

    static Map<String, Service> contextServicesByName() {
        return contextServices().stream().collect(toMap(Service::name, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    /** Every Spring Boot process the deployment runs: the context services and the gateway. */
    static List<String> allServiceNames() {
        List<String> names =
                new ArrayList<>(contextServices().stream().map(Service::name).toList());
        names.add(GATEWAY);
        return names;
    }

    static int portOf(String name) {
        return name.equals(GATEWAY) ? GATEWAY_PORT : port(name);
    }

    /** The topics a service's {@code @KafkaListener}s name in its sources. */
    static Set<String> listenedTopics(String service) {
        try (var files = Files.walk(Repository.path("services/" + service + "/src/main/java"))) {
            Set<String> topics = new java.util.TreeSet<>();
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher topic = LISTENED_TOPIC.matcher(Files.readString(file));
                while (topic.find()) {
                    String constant = topic.group(1) != null ? topic.group(1) : topic.group(2);
                    topics.add(TOPIC_CONSTANTS.get(constant));
                }
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code spring.mongodb.database} of a service's own {@code <name>.yml}. */
    @SuppressWarnings("unchecked")
    static String configuredDatabase(String service) {
        var spring = (Map<String, Object>) ownConfig(service).get("spring");
        return (String) ((Map<String, Object>) spring.get("mongodb")).get("database");
    }

    private static String configName(String applicationClass) {
        String source = Repository.read(Repository.ROOT
                .relativize(Repository.findFile("services", applicationClass + ".java"))
                .toString());
        Matcher name = CONFIG_NAME.matcher(source);
        if (!name.find()) {
            throw new IllegalStateException(applicationClass + " has no CONFIG_NAME");
        }
        return name.group(1);
    }

    @SuppressWarnings("unchecked")
    private static int port(String service) {
        return (Integer) ((Map<String, Object>) ownConfig(service).get("server")).get("port");
    }

    private static Map<String, Object> ownConfig(String service) {
        return Repository.yaml("services/" + service + "/src/main/resources/" + service + ".yml");
    }
}
