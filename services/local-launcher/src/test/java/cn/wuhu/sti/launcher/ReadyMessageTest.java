package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadyMessageTest {

    private static final Duration TOOK = Duration.ofMillis(12_300);

    @Test
    void theWholePlatformListsTheGatewayEveryServiceOnItsPortAndTheInfrastructureThenTheReadyLine() {
        String message = LocalPlatform.readyMessage(
                PlatformOptions.parse("--reporting-port=18085"), "localhost:9092", "mongodb://localhost:27017", TOOK);

        assertThat(message).isEqualTo("""

                          Gateway (all APIs)   http://localhost:8080
                          Token endpoint       POST http://localhost:8080/oauth2/token  (bureau-admin / bureau-admin-secret, dept-reader / dept-reader-secret)
                          Talent service       http://localhost:8081
                          Enterprise service   http://localhost:8082
                          Techmarket service   http://localhost:8083
                          Parks service        http://localhost:8084
                          Reporting service    http://localhost:18085
                          Kafka                localhost:9092
                          MongoDB              mongodb://localhost:27017
                          Health               http://localhost:8080/actuator/health

                        sti-platform ready in %.1f s — press Ctrl-C to stop.
                        """.formatted(12.3));
    }

    @Test
    void infrastructureAloneListsOnlyWhatRuns() {
        String message = LocalPlatform.readyMessage(
                PlatformOptions.parse("--only=kafka"), "localhost:9092", "(not started)", TOOK);

        assertThat(message).isEqualTo("""

                          Kafka                localhost:9092
                          MongoDB              (not started)

                        sti-platform ready in %.1f s (kafka only) — press Ctrl-C to stop.
                        """.formatted(12.3));
    }
}
