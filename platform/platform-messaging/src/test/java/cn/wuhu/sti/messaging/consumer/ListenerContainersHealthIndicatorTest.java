package cn.wuhu.sti.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.test.PlainContainers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * {@code kafkaListeners} on real containers and the shared embedded broker: a container whose consumer stopped by
 * itself (an {@link Error} in the listener) makes it DOWN; one stopped on purpose does not.
 */
class ListenerContainersHealthIndicatorTest {

    @Test
    void aContainerWhoseConsumerStoppedByItselfIsDownAndOneStoppedOnPurposeIsNot() throws Exception {
        String topic = PlainContainers.newTopic("listener-health");
        var broken = PlainContainers.container("broken", topic, record -> {
            throw new JvmBroke();
        });
        var stoppedOnPurpose = PlainContainers.container("stopped-on-purpose", topic, record -> {});
        var health = new ListenerContainersHealthIndicator(() -> List.of(broken, stoppedOnPurpose));
        var producers = PlainContainers.producers();
        try {
            broken.start();
            stoppedOnPurpose.start();
            assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);

            stoppedOnPurpose.stop();
            assertThat(health.health(true).getStatus()).as("stopped on purpose").isEqualTo(Status.UP);

            new KafkaTemplate<>(producers).send(topic, "key", "a record").get();
            Health down = await().atMost(Duration.ofSeconds(30))
                    .until(() -> health.health(true), h -> h.getStatus().equals(Status.DOWN));
            assertThat(down.getDetails().get("containers"))
                    .isEqualTo(Map.of("broken", "stopped abnormally", "stopped-on-purpose", "stopped"));
        } finally {
            broken.stop();
            producers.destroy();
        }
    }

    /** What a listener may meet that no error handler takes: an Error ends the consumer. */
    private static final class JvmBroke extends Error {
        JvmBroke() {
            super("simulated: the listener met an Error");
        }
    }
}
