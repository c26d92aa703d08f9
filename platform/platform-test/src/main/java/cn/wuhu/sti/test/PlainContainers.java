package cn.wuhu.sti.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * Spring Kafka listener containers of plain strings on the shared embedded broker, without an application context:
 * for tests of what the platform plugs into a container (an interceptor, a health check) under the real poll loop.
 */
public final class PlainContainers {

    /** A new topic of one partition, named after {@code prefix}. */
    public static String newTopic(String prefix) {
        String topic = prefix + "-" + UUID.randomUUID();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create " + topic, e.getCause());
        }
        return topic;
    }

    /** A container named {@code id}, not started, reading {@code topic} from its beginning in a group of its own. */
    public static KafkaMessageListenerContainer<String, String> container(
            String id, String topic, MessageListener<String, String> listener) {
        var properties = new ContainerProperties(topic);
        properties.setGroupId(id + "-" + UUID.randomUUID());
        properties.setMessageListener(listener);
        var container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<String, String>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap(),
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

    /** A producer factory of plain strings; destroy it after use. */
    public static DefaultKafkaProducerFactory<String, String> producers() {
        return new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static String bootstrap() {
        return SharedInfrastructure.kafkaBootstrapServers();
    }

    private PlainContainers() {}
}
