package cn.wuhu.sti.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.test.SharedInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
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
        String bootstrap = SharedInfrastructure.kafkaBootstrapServers();
        String topic = "read-model-changes-" + UUID.randomUUID();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        version.refusals.set(1);
        List<String> handled = new CopyOnWriteArrayList<>();
        var properties = new ContainerProperties(topic);
        properties.setGroupId("read-model-changes-" + UUID.randomUUID());
        properties.setMessageListener((MessageListener<String, String>) record -> handled.add(record.value()));
        var container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<String, String>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class)),
                properties);
        container.setRecordInterceptor(castToString(changes));
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
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
