package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.messaging.CloudEventMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to {@code sti.enterprise.v1} as a producing service would: CloudEvents binary mode, key = USCC. */
public final class TopicPublisher implements AutoCloseable {

    private static final URI SOURCE = URI.create("/sti/enterprise-service");

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

    public static CloudEvent asCloudEvent(DomainEvent event) {
        return CloudEventMapper.toCloudEvent(event, UUID.randomUUID().toString(), SOURCE, OffsetDateTime.now());
    }

    public void publish(DomainEvent... events) {
        for (DomainEvent event : events) {
            send(event.aggregateId(), asCloudEvent(event));
        }
    }

    public void send(String key, CloudEvent cloudEvent) {
        await(() -> cloudEvents
                .send(new ProducerRecord<>(Topics.ENTERPRISE, key, cloudEvent))
                .get());
    }

    /** A record with arbitrary headers and body, such as a foreign client might write. */
    public void sendRaw(String key, byte[] body, Map<String, String> headers) {
        List<Header> recordHeaders = headers.entrySet().stream()
                .<Header>map(h -> new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        await(() -> raw.send(new ProducerRecord<>(Topics.ENTERPRISE, null, key, body, recordHeaders))
                .get());
    }

    @Override
    public void close() {
        cloudEvents.close();
        raw.close();
    }

    private interface Send {
        Object run() throws Exception;
    }

    private static void await(Send send) {
        try {
            send.run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + Topics.ENTERPRISE, e);
        }
    }
}
