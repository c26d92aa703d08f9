package cn.wuhu.sti.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code ./sti-local --data-dir=DIR} killed with SIGKILL at random moments under concurrent load, and restarted on
 * the same folder each time: no write answered 201 is lost, and the store, the topic and reporting agree.
 */
class CrashRecoveryIT {

    private static final int ROUNDS = Integer.getInteger("sti.reliability.rounds", 5);
    private static final int WRITERS = Integer.getInteger("sti.reliability.writers", 4);
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    @Test
    void killedUnderLoadAndRestartedItKeepsEveryAnsweredWriteAndStoreTopicAndReportingAgree() {
        Topology topology = Topology.fresh("crash");
        LauncherProcess platform = start(topology);
        try (Writers writers = Writers.start(topology.gatewayUrl(), WRITERS)) {
            for (int round = 1; round <= ROUNDS; round++) {
                awaitWritesAnswered(writers);
                long loadMillis = ThreadLocalRandom.current().nextLong(1_500, 6_000);
                writers.keepGoingFor(Duration.ofMillis(loadMillis));
                long before = writers.acknowledgedWrites();
                platform.kill();
                System.out.printf(
                        "crash round %d: kill -9 after %d ms of load, %d writes answered 201 so far%n",
                        round, loadMillis, before);
                platform = start(topology);
            }
            writers.keepGoingFor(Duration.ofSeconds(2));
            writers.close();
            assertThat(writers.acknowledgedFirms())
                    .as("writes answered 201 during the run")
                    .isNotEmpty();
            var checked = Agreement.check(topology, writers, Duration.ofSeconds(90));
            System.out.println("crash suite: " + ROUNDS + " kill -9 rounds with " + WRITERS + " writers; " + checked);
            System.out.println("crash suite answers: " + writers.answers());
        } finally {
            platform.close();
        }
    }

    /** The kill must land under load: after a restart, wait until the writers are answered again. */
    private static void awaitWritesAnswered(Writers writers) {
        long before = writers.acknowledgedWrites();
        await("writes answered 201 after the (re)start")
                .atMost(Duration.ofMinutes(2))
                .until(() -> writers.acknowledgedWrites() >= before + 4);
    }

    private static LauncherProcess start(Topology topology) {
        return LauncherProcess.start(
                "platform",
                topology.logDir(),
                READY_WITHIN,
                topology.launcherArgs().toArray(String[]::new));
    }
}
