package cn.wuhu.sti.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.launcher.PlatformClient;
import cn.wuhu.sti.reference.Tier;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

/**
 * The three views of what was written — the enterprise store, the {@code sti.enterprise.v1} topic and reporting's
 * indicators — and the checks that they agree with each other and keep every write that was answered {@code 201}.
 * A write whose answer was lost in a fault may or may not have happened; either is fine if all three agree.
 */
final class Agreement {

    private static final String HIGH_TECH_TOTAL = "enterprise.hightech.total";
    private static final String HIGH_TECH_NEW = "enterprise.hightech.new";

    record StoreView(Set<String> firms, Set<String> highTech, long firmsWithPendingEvents) {}

    record TopicView(Set<String> firms, Set<String> highTech, long records, long distinctEvents, long deadLetters) {}

    /** The figures of one check, for the test's output and the notes. */
    record Checked(int firms, int highTech, long topicRecords, long resent, long acknowledged) {
        @Override
        public String toString() {
            return firms + " firms and " + highTech + " high-tech recognitions agree in store, topic and reporting; "
                    + acknowledged + " writes answered 201 all kept; " + topicRecords + " records on the topic ("
                    + resent + " re-sent duplicates, de-duplicated by consumers); 0 dead letters";
        }
    }

    private Agreement() {}

    /**
     * Waits for the relay and reporting to catch up, then checks: every acknowledged write is in the store; the
     * store's firms and recognitions are exactly those with an event on the topic; reporting counts exactly the
     * store's high-tech firms, once each; nothing was dead-lettered.
     */
    static Checked check(Topology topology, Writers writers, Duration within) {
        await("the relay to publish every stored event")
                .atMost(within)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> store(topology).firmsWithPendingEvents() == 0);
        StoreView store = store(topology);
        TopicView topic = topic(topology);
        assertThat(store.firms())
                .as("every registration answered 201 is in the store")
                .containsAll(writers.acknowledgedFirms());
        assertThat(store.highTech())
                .as("every recognition answered 201 is in the store")
                .containsAll(writers.acknowledgedRecognitions());
        assertThat(topic.firms())
                .as("firms with a registration on the topic = firms in the store")
                .isEqualTo(store.firms());
        assertThat(topic.highTech())
                .as("firms with a high-tech recognition on the topic = those in the store")
                .isEqualTo(store.highTech());
        assertThat(topic.deadLetters()).as("records dead-lettered").isZero();

        PlatformClient reader = PlatformClient.as(topology.gatewayUrl(), "bureau-admin", "bureau-admin-secret");
        await("reporting to hold every firm of the store and count its high-tech firms")
                .atMost(within)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    var report = reader.read("/api/reports/indicators?year=" + Writers.YEAR);
                    assertThat(PlatformClient.indicator(report, HIGH_TECH_TOTAL))
                            .as(HIGH_TECH_TOTAL)
                            .isEqualTo(store.highTech().size());
                    assertThat(PlatformClient.indicator(report, HIGH_TECH_NEW))
                            .as(HIGH_TECH_NEW)
                            .isEqualTo(store.highTech().size());
                    assertThat(readModelFirms(topology))
                            .as("firms in reporting's read model")
                            .isEqualTo(store.firms().size());
                });
        return new Checked(
                store.firms().size(),
                store.highTech().size(),
                topic.records(),
                topic.records() - topic.distinctEvents(),
                writers.acknowledgedWrites());
    }

    static StoreView store(Topology topology) {
        try (MongoClient mongo = MongoClients.create(topology.mongoUri())) {
            Set<String> firms = new HashSet<>();
            Set<String> highTech = new HashSet<>();
            for (Document firm : mongo.getDatabase("sti-enterprise")
                    .getCollection("enterprises")
                    .find()) {
                firms.add(firm.getString("_id"));
                for (Document recognition : firm.getList("recognitions", Document.class, List.of())) {
                    if (Tier.HIGH_TECH.name().equals(recognition.getString("tier"))) {
                        highTech.add(firm.getString("_id"));
                    }
                }
            }
            long pending = mongo.getDatabase("sti-enterprise")
                    .getCollection("enterprises")
                    .countDocuments(Filters.exists("outbox.0"));
            return new StoreView(firms, highTech, pending);
        }
    }

    private static long readModelFirms(Topology topology) {
        try (MongoClient mongo = MongoClients.create(topology.mongoUri())) {
            return mongo.getDatabase("sti-reporting").getCollection("firms").countDocuments();
        }
    }

    static TopicView topic(Topology topology) {
        Set<String> firms = new HashSet<>();
        Set<String> highTech = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        long records = 0;
        try (var consumer = consumer(topology)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENTERPRISE).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    eventIds.add(header(record, "ce_id"));
                    var event = EventCodec.fromJson(header(record, "ce_type"), record.value());
                    if (event instanceof EnterpriseRegistered registered) {
                        firms.add(registered.uscc());
                    } else if (event instanceof EnterpriseRecognized recognized
                            && recognized.tier() == Tier.HIGH_TECH) {
                        highTech.add(recognized.uscc());
                    }
                }
            }
            return new TopicView(firms, highTech, records, eventIds.size(), deadLetters(consumer));
        }
    }

    private static long deadLetters(KafkaConsumer<String, byte[]> consumer) {
        String deadLetterTopic = Topics.deadLetterOf(Topics.ENTERPRISE);
        var partitions = consumer.partitionsFor(deadLetterTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        return consumer.endOffsets(partitions).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer(Topology topology) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                topology.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
    }
}
