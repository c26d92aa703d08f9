package cn.wuhu.sti.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The broker and the store, each in its own child JVM ({@code ./sti-local --only=kafka|mongo}), taken away under
 * load while the services keep running: writes go on or fail cleanly, everything catches up by itself, and the
 * store, the topic and reporting agree afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureFaultsIT {

    private static final int WRITERS = Integer.getInteger("sti.reliability.writers", 4);
    private static final int BROKER_ROUNDS = Integer.getInteger("sti.reliability.broker-rounds", 3);
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("sti.reliability.outage-seconds", 30));
    /** The gateway's read timeout for a service: an answer later than this is the gateway's own 504. */
    private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newHttpClient();
    private Topology topology;
    private LauncherProcess mongo;
    private LauncherProcess kafka;
    private LauncherProcess platform;

    @BeforeAll
    void startInfrastructureAndServicesApart() {
        topology = Topology.fresh("faults");
        mongo = startMongo();
        kafka = startKafka();
        platform = LauncherProcess.start(
                "platform",
                topology.logDir(),
                READY_WITHIN,
                topology.launcherArgs("--kafka=" + topology.kafkaBootstrap(), "--mongo=" + topology.mongoUri())
                        .toArray(String[]::new));
    }

    @Test
    @Order(1)
    void brokerStoppedAndRestartedUnderLoadWritesStillAnswer201AndEverythingCatchesUp() {
        try (Writers writers = Writers.start(topology.gatewayUrl(), WRITERS)) {
            for (int round = 1; round <= BROKER_ROUNDS; round++) {
                writers.keepGoingFor(Duration.ofSeconds(2));
                boolean abrupt = round % 2 == 0;
                if (abrupt) {
                    kafka.kill();
                } else {
                    kafka.stop();
                }
                writers.keepGoingFor(Duration.ofSeconds(3));
                kafka = startKafka();
                System.out.printf(
                        "broker round %d: %s, back after %s; %d writes answered 201 so far%n",
                        round, abrupt ? "kill -9" : "SIGTERM", "3 s + restart", writers.acknowledgedWrites());
            }
            writers.keepGoingFor(Duration.ofSeconds(2));
            writers.close();
            assertThat(writers.answers().keySet())
                    .as("every write answered 201 while the broker came and went")
                    .isSubsetOf(Set.of("register 201", "recognize 201"));
            var checked = Agreement.check(topology, writers, Duration.ofSeconds(90));
            System.out.println("broker faults: " + BROKER_ROUNDS + " rounds; " + checked);
        }
    }

    @Test
    @Order(2)
    void storeAwayUnderLoadWritesAnswer503ProblemsReadinessGoesDownAndBackAndEverythingCatchesUp() {
        try (Writers writers = Writers.start(topology.gatewayUrl(), WRITERS)) {
            writers.keepGoingFor(Duration.ofSeconds(2));
            long away = System.nanoTime();
            mongo.kill();
            awaitReadiness(503, Duration.ofSeconds(20));
            writers.keepGoingFor(OUTAGE.minusNanos(System.nanoTime() - away));
            mongo = startMongo();
            awaitReadiness(200, Duration.ofSeconds(60));
            long acknowledgedAfterOutage = writers.acknowledgedWrites();
            await("writes to be answered 201 again")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> writers.acknowledgedWrites() > acknowledgedAfterOutage + 10);
            writers.close();

            var answers = writers.answers();
            System.out.println("store outage answers: " + answers);
            assertThat(answers.keySet())
                    .as("answers while the store was away: 201 or 503, never 500 or a hang")
                    .isSubsetOf(Set.of("register 201", "register 503", "recognize 201", "recognize 503"));
            assertThat(answers)
                    .as("writes answered 503 while the store was away")
                    .containsKey("register 503");
            answers.entrySet().stream()
                    .filter(answer -> answer.getKey().endsWith(" 503"))
                    .forEach(answer -> {
                        assertThat(answer.getValue().allProblemJson())
                                .as(answer.getKey() + " as problem+json")
                                .isTrue();
                        assertThat(answer.getValue().slowestMillis())
                                .as(answer.getKey() + ", slowest, in ms")
                                .isLessThan(GATEWAY_TIMEOUT.toMillis());
                    });
            var checked = Agreement.check(topology, writers, Duration.ofSeconds(90));
            System.out.println("store outage: " + OUTAGE.toSeconds() + " s away; " + checked);
        }
    }

    /** Readiness of every service, each of which uses the store: {@code 503} is DOWN, {@code 200} is UP. */
    private void awaitReadiness(int status, Duration within) {
        for (int port : topology.services().values()) {
            await("readiness on :" + port + " to answer " + status)
                    .atMost(within)
                    .until(() -> readiness(port) == status);
        }
    }

    private int readiness(int port) {
        try {
            return http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private LauncherProcess startMongo() {
        return LauncherProcess.start(
                "mongo",
                topology.logDir(),
                READY_WITHIN,
                topology.launcherArgs("--only=mongo").toArray(String[]::new));
    }

    private LauncherProcess startKafka() {
        return LauncherProcess.start(
                "kafka",
                topology.logDir(),
                READY_WITHIN,
                topology.launcherArgs("--only=kafka").toArray(String[]::new));
    }

    @AfterAll
    void stopAll() {
        for (LauncherProcess process : new LauncherProcess[] {platform, kafka, mongo}) {
            if (process != null) {
                process.close();
            }
        }
    }
}
