package cn.wuhu.sti.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.test.SharedInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * {@code kafkaListeners} on real containers and the shared embedded broker: a container whose consumer stopped by
 * itself (an {@link Error} in the listener) makes it DOWN; one stopped on purpose does not.
 */
class ListenerContainersHealthIndicatorTest {

    private static final String BOOTSTRAP = SharedInfrastructure.kafkaBootstrapServers();

    @Test
    void aContainerWhoseConsumerStoppedByItselfIsDownAndOneStoppedOnPurposeIsNot() throws Exception {
        String topic = "listener-health-" + UUID.randomUUID();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        var broken = container("broken", topic, record -> {
            throw new JvmBroke();
        });
        var stoppedOnPurpose = container("stopped-on-purpose", topic, record -> {});
        var health = new ListenerContainersHealthIndicator(() -> List.of(broken, stoppedOnPurpose));
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
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

    private static KafkaMessageListenerContainer<String, String> container(
            String id, String topic, MessageListener<String, String> listener) {
        var properties = new ContainerProperties(topic);
        properties.setGroupId(id + "-" + UUID.randomUUID());
        properties.setMessageListener(listener);
        var container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<String, String>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        BOOTSTRAP,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class)),
                properties);
        container.setBeanName(id);
        return container;
    }

    /** What a listener may meet that no error handler takes: an Error ends the consumer. */
    private static final class JvmBroke extends Error {
        JvmBroke() {
            super("simulated: the listener met an Error");
        }
    }
}
