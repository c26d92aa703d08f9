package cn.wuhu.sti.messaging.consumer;

import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.store.StoreUnavailable;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Dead-lettering with Spring Kafka's {@link DeadLetterPublishingRecoverer}: a record that cannot be processed goes
 * to {@code <topic>.dlt}, same partition count not required, with its original headers and bytes and the reason
 * in the {@code kafka_dlt-exception-*} headers.
 */
public final class DeadLetters {

    /**
     * Set on a record sent back from a dead-letter topic to its original topic: {@code <dead-letter topic>/<partition>/
     * <offset>} of the dead letter. The record keeps its {@code ce_id}, so subscribers that handled it already skip it.
     */
    public static final String REDRIVEN_FROM = "sti_redriven_from";

    /**
     * The consumers' error handler: a failing record is retried {@code attempts} times {@code interval} apart, then
     * published to the topic {@code deadLetterTopic} names for its original topic; a record that is no valid event
     * goes there at once, and while the store is away a good record waits (in order) rather than being dead-lettered.
     */
    public static DefaultErrorHandler errorHandler(
            Map<String, Object> producerConfig,
            UnaryOperator<String> deadLetterTopic,
            int attempts,
            Duration interval) {
        return errorHandler(recoverer(producerConfig, deadLetterTopic), attempts, interval);
    }

    /** The same retries around any recoverer (one that also counts what it publishes, say). */
    public static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer recoverer, int attempts, Duration interval) {
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(interval.toMillis(), attempts));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction(
                (record, exception) -> StoreUnavailable.isCause(exception) ? StoreUnavailable.backOff(interval) : null);
        return handler;
    }

    public static DeadLetterPublishingRecoverer recoverer(Map<String, Object> producerConfig) {
        return recoverer(producerConfig, Topics::deadLetterOf);
    }

    public static DeadLetterPublishingRecoverer recoverer(
            Map<String, Object> producerConfig, UnaryOperator<String> deadLetterTopic) {
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
                templates, (record, exception) -> new TopicPartition(deadLetterTopic.apply(record.topic()), -1));
    }

    private DeadLetters() {}
}
