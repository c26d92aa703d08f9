package cn.wuhu.sti.test;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads a topic as a subscriber would see it, from the beginning, without a consumer group: what a test looks at to
 * say what was (or was not) published.
 */
public final class TopicProbe implements AutoCloseable, AfterAllCallback {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> consumer.partitionsFor(topic).stream()
                                .map(p -> new TopicPartition(topic, p.partition()))
                                .toList(),
                        list -> !list.isEmpty());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * A probe of {@code topic} on the test JVM's shared broker, closed after the test class:
     * {@code @RegisterExtension static final TopicProbe deadLetters = TopicProbe.onTheSharedBroker(…);}
     */
    public static TopicProbe onTheSharedBroker(String topic) {
        return new TopicProbe(SharedInfrastructure.kafkaBootstrapServers(), topic);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Waits until at least {@code count} records with the key have arrived; returns all seen so far, in order. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> poll(key), records -> records.size() >= count);
    }

    public ConsumerRecord<String, byte[]> awaitRecord(String key) {
        return awaitRecords(key, 1).get(0);
    }

    /** Reads up to the end the topic has now and returns the records with the key: for "nothing was published". */
    public List<ConsumerRecord<String, byte[]>> readToEnd(String key) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll(key);
            return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        });
        return records(key);
    }

    private List<ConsumerRecord<String, byte[]>> poll(String key) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return records(key);
    }

    private List<ConsumerRecord<String, byte[]>> records(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
