package cn.wuhu.sti.test.service;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.messaging.CloudEventMapper;
import cn.wuhu.sti.test.SharedInfrastructure;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes to the contract's topics as a producing service would (CloudEvents binary mode, key = the aggregate id,
 * the topic of the event's type), or writes a raw record as a foreign client might.
 */
public final class TopicPublisher implements AutoCloseable, AfterAllCallback {

    private static final URI SOURCE = URI.create("/sti/test-publisher");

    private final KafkaProducer<String, CloudEvent> cloudEvents;
    private final KafkaProducer<String, byte[]> raw;

    public TopicPublisher(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                CloudEventSerializer.ENCODING_CONFIG, "BINARY");
        cloudEvents = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer());
        raw = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A publisher to the test JVM's shared broker, closed after the test class:
     * {@code @RegisterExtension static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();}
     */
    public static TopicPublisher onTheSharedBroker() {
        return new TopicPublisher(SharedInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The event as its producer would publish it, with a fresh {@code ce_id}. */
    public static CloudEvent asCloudEvent(DomainEvent event) {
        return CloudEventMapper.toCloudEvent(event, UUID.randomUUID().toString(), SOURCE, OffsetDateTime.now());
    }

    public void publish(DomainEvent... events) {
        for (DomainEvent event : events) {
            send(asCloudEvent(event));
        }
    }

    /** Sends this CloudEvent (again, if it was sent before: a re-send keeps its {@code ce_id}). */
    public void send(CloudEvent cloudEvent) {
        String topic = EventCatalog.byType(cloudEvent.getType())
                .orElseThrow(() -> new IllegalArgumentException("Not a contract type: " + cloudEvent.getType()))
                .topic();
        sent(topic, cloudEvents.send(new ProducerRecord<>(topic, cloudEvent.getSubject(), cloudEvent)));
    }

    /**
     * Sends this CloudEvent to {@code topic} under {@code key} — another key than its subject, or a topic not its own,
     * as a foreign producer might — with the binary-mode {@code ce_*} headers a producer writes.
     */
    public void sendUnder(String topic, String key, CloudEvent cloudEvent) {
        sendUnder(topic, key, cloudEvent, Map.of());
    }

    /**
     * The same with headers beside the {@code ce_*} ones, as a producer that propagates a trace ({@code traceparent})
     * or a redrive ({@code sti_redriven_from}) adds them.
     */
    public void sendUnder(String topic, String key, CloudEvent cloudEvent, Map<String, String> moreHeaders) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of(
                "ce_specversion", "1.0",
                "ce_id", cloudEvent.getId(),
                "ce_source", cloudEvent.getSource().toString(),
                "ce_type", cloudEvent.getType(),
                "ce_subject", cloudEvent.getSubject(),
                "content-type", "application/json"));
        headers.putAll(moreHeaders);
        sendRaw(topic, key, cloudEvent.getData().toBytes(), headers);
    }

    /** A record with arbitrary headers and body, such as a foreign client might write. */
    public void sendRaw(String topic, String key, byte[] body, Map<String, String> headers) {
        List<Header> recordHeaders = headers.entrySet().stream()
                .<Header>map(h -> new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        sent(topic, raw.send(new ProducerRecord<>(topic, null, key, body, recordHeaders)));
    }

    @Override
    public void close() {
        cloudEvents.close();
        raw.close();
    }

    private static void sent(String topic, Future<?> acknowledgement) {
        try {
            acknowledgement.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + topic, e);
        }
    }
}
