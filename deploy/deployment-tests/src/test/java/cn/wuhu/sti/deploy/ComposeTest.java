package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker-compose.yml runs every service of the launcher and the gateway, built from the shared Dockerfile. */
class ComposeTest {

    private final Map<String, Object> services =
            map(Repository.yaml("docker-compose.yml").get("services"));

    @Test
    void everyServiceOfTheLauncherAndTheGatewayIsBuiltFromTheSharedDockerfileWithItsOwnPort() {
        for (String name : Platform.allServiceNames()) {
            Map<String, Object> service = service(name);
            Map<String, Object> build = map(service.get("build"));
            Map<String, Object> args = map(build.get("args"));

            assertThat(build).as(name).containsEntry("context", ".").containsEntry("dockerfile", Dockerfile.PATH);
            assertThat(args)
                    .as(name)
                    .containsEntry("SERVICE", name)
                    .containsEntry("PORT", String.valueOf(Platform.portOf(name)));
            assertThat(service).as(name + ": no jar mounted from the host").doesNotContainKey("volumes");
            assertThat(service.get("ports"))
                    .as(name)
                    .isEqualTo(List.of(Platform.portOf(name) + ":" + Platform.portOf(name)));
            assertThat(env(service)).as(name).containsEntry("SPRING_CONFIG_NAME", name);
        }
    }

    @Test
    void everyServiceHasAHealthCheckAndStartsOnlyOnceWhatItNeedsIsHealthy() {
        for (String name : Platform.allServiceNames()) {
            Map<String, Object> service = service(name);

            // The test itself is the image's HEALTHCHECK (DockerfileTest); compose may only retune it.
            assertThat(service).as(name).containsKey("healthcheck");
            assertThat(map(service.get("healthcheck"))).as(name).doesNotContainKey("disable");
            assertThat(map(service.get("healthcheck")).get("test")).as(name).isNull();
        }
        for (Platform.Service service : Platform.contextServices()) {
            assertThat(dependsOn(service.name()))
                    .as(service.name())
                    .containsEntry("kafka", Map.of("condition", "service_healthy"))
                    .containsEntry("mongo", Map.of("condition", "service_healthy"));
        }
        assertThat(dependsOn(Platform.GATEWAY).keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Platform.contextServicesByName().keySet());
        assertThat(dependsOn(Platform.GATEWAY).values()).allMatch(Map.of("condition", "service_healthy")::equals);
    }

    @Test
    void eachContextServiceUsesItsOwnDatabaseOnTheReplicaSetWithTheMajorityWriteConcern() {
        for (Platform.Service service : Platform.contextServices()) {
            assertThat(env(service(service.name())).get("SPRING_MONGODB_URI"))
                    .isEqualTo(
                            "mongodb://mongo:27017/" + service.database() + "?replicaSet=rs0&w=majority&journal=true");
        }
        Map<String, Object> gateway = env(service(Platform.GATEWAY));
        for (Platform.Service service : Platform.contextServices()) {
            assertThat(gateway).containsValue("http://" + service.name() + ":" + service.port());
        }
    }

    @Test
    void kafkaRunsInKraftModeAndMongoAsAOneNodeReplicaSetThatInitiatesItself() {
        Map<String, Object> kafka = service("kafka");
        Map<String, Object> mongo = service("mongo");

        assertThat((String) kafka.get("image")).startsWith("apache/kafka:");
        assertThat(env(kafka))
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
        assertThat(kafka).containsKey("healthcheck");
        assertThat(mongo.get("command")).isEqualTo(List.of("mongod", "--replSet", "rs0", "--bind_ip_all"));
        String mongoCheck =
                String.join(" ", strings(map(mongo.get("healthcheck")).get("test")));
        assertThat(mongoCheck)
                .contains("rs.initiate(")
                .contains("host: 'mongo:27017'")
                .contains("isWritablePrimary");
    }

    @Test
    void theDemoIsLoadedByAOneShotServiceOnceTheGatewayIsHealthy() {
        Map<String, Object> demo = service("demo-loader");

        assertThat(demo.get("profiles")).isEqualTo(List.of("demo"));
        assertThat(demo.get("restart")).isEqualTo("no");
        assertThat(map(map(demo.get("build")).get("args"))).containsEntry("SERVICE", "local-launcher");
        assertThat(map(demo.get("depends_on"))).containsEntry("gateway", Map.of("condition", "service_healthy"));
        assertThat(String.join(" ", strings(demo.get("entrypoint"))))
                .contains("--demo", "--kafka=kafka:9092", "--mongo=mongodb://mongo:27017", "exit 0");
    }

    private Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml services").containsKey(name);
        return map(services.get(name));
    }

    private Map<String, Object> dependsOn(String name) {
        return map(service(name).get("depends_on"));
    }

    private static Map<String, Object> env(Map<String, Object> service) {
        return map(service.get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
