package cn.wuhu.sti.messaging.consumer;

import cn.wuhu.sti.events.Topics;
import io.cloudevents.CloudEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Dead-lettering with Spring Kafka's {@link DeadLetterPublishingRecoverer}: a record that cannot be processed goes
 * to {@code <topic>.dlt}, same partition count not required, with its original headers and bytes and the reason
 * in the {@code kafka_dlt-exception-*} headers.
 */
public final class DeadLetters {

    public static DeadLetterPublishingRecoverer recoverer(Map<String, Object> producerConfig) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(
                CloudEvent.class,
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                        producerConfig, new StringSerializer(), new CloudEventDataSerializer())));
        // Records that failed to deserialize arrive here as their raw bytes.
        templates.put(
                byte[].class,
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                        producerConfig, new StringSerializer(), new ByteArraySerializer())));
        return new DeadLetterPublishingRecoverer(
                templates, (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
    }

    private DeadLetters() {}
}
