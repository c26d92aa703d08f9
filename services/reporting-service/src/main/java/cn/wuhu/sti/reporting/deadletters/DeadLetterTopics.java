package cn.wuhu.sti.reporting.deadletters;

import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.messaging.consumer.DeadLetters;
import cn.wuhu.sti.web.InvalidFieldException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads a dead-letter topic without a consumer group (nothing is committed, every call sees the whole topic) and
 * sends chosen records back to their original topic: the same key, value and {@code ce_*} headers, so the same
 * {@code ce_id}, without the {@code kafka_dlt-*} headers and with {@link DeadLetters#REDRIVEN_FROM}.
 */
@Component
class DeadLetterTopics {

    static final String SUFFIX = ".dlt";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_LIMIT = Duration.ofSeconds(20);

    private final KafkaProperties kafka;

    DeadLetterTopics(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    List<DeadLetter> list(String topic, int limit) {
        return read(topic, limit).stream().map(DeadLetterTopics::describe).toList();
    }

    /** Sends back the records at the positions given, or every record when {@code positions} is empty. */
    List<DeadLetter> redrive(String topic, Collection<Position> positions) {
        List<ConsumerRecord<String, byte[]>> records = read(topic, Integer.MAX_VALUE);
        Map<Position, ConsumerRecord<String, byte[]>> byPosition = new HashMap<>();
        records.forEach(record -> byPosition.put(new Position(record.partition(), record.offset()), record));
        List<ConsumerRecord<String, byte[]>> chosen = new ArrayList<>();
        if (positions.isEmpty()) {
            chosen.addAll(records);
        } else {
            int i = 0;
            for (Position position : positions) {
                ConsumerRecord<String, byte[]> record = byPosition.get(position);
                if (record == null) {
                    throw new InvalidFieldException(
                            "records[" + i + "]",
                            "no dead letter at partition %d, offset %d of %s"
                                    .formatted(position.partition(), position.offset(), topic));
                }
                chosen.add(record);
                i++;
            }
        }
        for (ConsumerRecord<String, byte[]> record : chosen) {
            if (header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC) == null) {
                throw new InvalidFieldException(
                        "records",
                        "the dead letter at partition %d, offset %d names no original topic"
                                .formatted(record.partition(), record.offset()));
            }
        }
        try (var producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> record : chosen) {
                producer.send(backToItsTopic(topic, record)).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not redrive from " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while redriving from " + topic, e);
        }
        return chosen.stream().map(DeadLetterTopics::describe).toList();
    }

    record Position(int partition, long offset) {}

    private static ProducerRecord<String, byte[]> backToItsTopic(String topic, ConsumerRecord<String, byte[]> record) {
        List<Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-")
                    && !header.key().equals(DeadLetters.REDRIVEN_FROM)) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(
                DeadLetters.REDRIVEN_FROM,
                (topic + "/" + record.partition() + "/" + record.offset()).getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(
                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), null, record.key(), record.value(), headers);
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, int limit) {
        if (!topic.endsWith(SUFFIX)) {
            throw new InvalidFieldException("topic", "is not a dead-letter topic (its name ends in " + SUFFIX + ")");
        }
        try (var consumer =
                new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions == null || partitions.isEmpty()) {
                throw new NotFound("No dead-letter topic " + topic);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant giveUp = Instant.now().plus(READ_LIMIT);
            while (records.size() < limit
                    && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && Instant.now().isBefore(giveUp)) {
                consumer.poll(POLL).forEach(records::add);
            }
            return records.size() > limit ? records.subList(0, limit) : records;
        }
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        return new DeadLetter(
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key(),
                header(record, "ce_id"),
                header(record, "ce_type"),
                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                binary(record, KafkaHeaders.DLT_ORIGINAL_PARTITION) == null
                        ? null
                        : ByteBuffer.wrap(binary(record, KafkaHeaders.DLT_ORIGINAL_PARTITION))
                                .getInt(),
                binary(record, KafkaHeaders.DLT_ORIGINAL_OFFSET) == null
                        ? null
                        : ByteBuffer.wrap(binary(record, KafkaHeaders.DLT_ORIGINAL_OFFSET))
                                .getLong(),
                header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN) != null
                        ? header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)
                        : header(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                header(record, DeadLetters.REDRIVEN_FROM));
    }

    private static byte[] binary(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        byte[] value = binary(record, name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }
}
