package cn.wuhu.sti.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.test.PlainContainers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * The version's bump runs in the container's poll loop, on a real broker: a bump the store refuses (it went away
 * after the poll's records were applied) must leave the consumer consuming, and the version moves once it can. An
 * exception there used to end the consumer thread, so reporting silently stopped projecting after a store outage.
 */
class ReadModelChangesContainerTest {

    private final CountedVersion version = new CountedVersion();
    private final ReadModelChanges changes = version.changes();

    @Test
    void aPollWhoseBumpTheStoreRefusedLeavesTheConsumerConsumingAndTheVersionMovesLater() throws Exception {
        String topic = PlainContainers.newTopic("read-model-changes");
        version.refusals.set(1);
        List<String> handled = new CopyOnWriteArrayList<>();
        var container = PlainContainers.container("read-model-changes", topic, record -> handled.add(record.value()));
        container.setRecordInterceptor(castToString(changes));
        var producers = PlainContainers.producers();
        var kafka = new KafkaTemplate<>(producers);
        container.start();
        try {
            kafka.send(topic, "firm", "applied before the store went away").get();
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == 1 && version.refusals.get() == 0);

            kafka.send(topic, "firm", "applied once the store was back").get();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(handled)
                            .as("records handled after the refused bump")
                            .hasSize(2));
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(version.bumps).as("version moves").hasPositiveValue());
            assertThat(container.isRunning()).isTrue();
        } finally {
            container.stop();
            producers.destroy();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RecordInterceptor<String, String> castToString(ReadModelChanges changes) {
        return (RecordInterceptor) changes;
    }
}
