package cn.wuhu.sti.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What durable writes cost: acknowledged writes per second through the gateway, with the store on disk and in
 * memory. A benchmark that prints figures, not a timed test; run it with
 * {@code ./mvnw -pl reliability verify -Dsti.reliability.benchmark=true -Dit.test=WriteThroughputBenchmarkIT}.
 */
@EnabledIfSystemProperty(named = "sti.reliability.benchmark", matches = "true")
class WriteThroughputBenchmarkIT {

    private static final int WRITERS = Integer.getInteger("sti.reliability.writers", 4);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(30);

    @Test
    void acknowledgedWritesPerSecondOnDiskAndInMemory() {
        double onDisk = measure("on disk (--data-dir)", true);
        double inMemory = measure("in memory", false);
        System.out.printf("benchmark: on disk %.0f writes/s = %.0f%% of in memory%n", onDisk, 100 * onDisk / inMemory);
        assertThat(onDisk).isPositive();
    }

    private static double measure(String label, boolean onDisk) {
        Topology topology = Topology.fresh("bench");
        String[] args = topology.launcherArgs().stream()
                .filter(arg -> onDisk || !arg.startsWith("--data-dir="))
                .toArray(String[]::new);
        try (LauncherProcess platform = LauncherProcess.start("bench", topology.logDir(), Duration.ofMinutes(3), args);
                Writers writers = Writers.start(topology.gatewayUrl(), WRITERS)) {
            writers.keepGoingFor(WARM_UP);
            long before = writers.acknowledgedWrites();
            writers.keepGoingFor(MEASURED);
            double perSecond = (writers.acknowledgedWrites() - before) / (double) MEASURED.toSeconds();
            System.out.printf(
                    "benchmark %s: %d writers, %.0f acknowledged writes/s over %d s; answers %s%n",
                    label, WRITERS, perSecond, MEASURED.toSeconds(), writers.answers());
            return perSecond;
        }
    }
}
