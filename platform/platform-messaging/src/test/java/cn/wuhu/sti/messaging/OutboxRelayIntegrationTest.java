package cn.wuhu.sti.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import cn.wuhu.sti.messaging.outbox.OutboxProperties;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.messaging.outbox.OutboxTracing;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.SharedInfrastructure;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest
@UseSharedInfrastructure
class OutboxRelayIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    OutboxProperties properties;

    @Autowired
    MessagingTestApplication.RecordingSubscriber subscriber;

    @Autowired
    MeterRegistry meters;

    @Test
    void pendingEventsArePublishedInOrderAsBinaryCloudEventsAndRemovedFromTheDocument() {
        String uscc = "91340200" + uniqueDigits(10);
        List<DomainEvent> events = List.of(registered(uscc, "甲"), registered(uscc, "乙"), registered(uscc, "丙"));
        writeWithOutbox(uscc, events);

        int sent = relay.relayPending();

        assertThat(sent).isGreaterThanOrEqualTo(3);
        assertThat(mongo.findById(uscc, Document.class, "firms").getList("outbox", Document.class))
                .isEmpty();
        List<ConsumerRecord<String, byte[]>> records = recordsFor(uscc, 3);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(uscc);
        assertThat(records)
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .allSatisfy(json -> assertThat(json).startsWith("{\"uscc\":\"" + uscc))
                .extracting(json -> json.replaceAll(".*\"name\":\"([^\"]+)\".*", "$1"))
                .containsExactly("甲", "乙", "丙");
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_type")).isEqualTo("cn.wuhu.sti.enterprise.registered.v1");
        assertThat(header(first, "ce_source")).isEqualTo("/sti/messaging-test");
        assertThat(header(first, "ce_subject")).isEqualTo(uscc);
        assertThat(header(first, "ce_id")).isNotBlank();
        assertThat(header(first, "ce_time")).isNotBlank();
        assertThat(header(first, "content-type")).isEqualTo("application/json");
    }

    @Test
    void aCrashAfterTheSendButBeforeMarkingResendsTheSameEventIdsAndLosesNothing() {
        String uscc = "91340200" + uniqueDigits(10);
        writeWithOutbox(uscc, List.of(registered(uscc, "重发")));
        var crashingRelay =
                new OutboxRelay(
                        mongo,
                        kafka,
                        properties,
                        Clock.systemUTC(),
                        relay.instanceId(),
                        new SimpleMeterRegistry(),
                        OutboxTracing.none()) {
                    @Override
                    protected void markSent(String collection, Map<Object, List<String>> sentIds) {
                        throw new IllegalStateException("process killed before marking");
                    }
                };

        assertThatThrownBy(crashingRelay::relayPending).hasMessageContaining("killed");
        assertThat(mongo.findById(uscc, Document.class, "firms").getList("outbox", Document.class))
                .hasSize(1);
        relay.relayPending();

        List<ConsumerRecord<String, byte[]>> records = recordsFor(uscc, 2);
        assertThat(records).hasSize(2);
        assertThat(header(records.get(0), "ce_id")).isEqualTo(header(records.get(1), "ce_id"));
        assertThat(mongo.findById(uscc, Document.class, "firms").getList("outbox", Document.class))
                .isEmpty();
    }

    @Test
    void anEntryThatCanNeverBePublishedIsSetAsideAndDoesNotHoldUpTheOthers() {
        String uscc = "91340200" + uniqueDigits(10);
        writeWithOutbox(uscc, List.of(registered(uscc, "正常")));
        var foreign = new Document("eventId", "foreign-" + uscc)
                .append("type", "cn.wuhu.sti.retired.v1")
                .append("topic", Topics.ENTERPRISE)
                .append("key", uscc)
                .append("time", new java.util.Date())
                .append("data", "{}");
        mongo.updateFirst(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .is(uscc)),
                new Update().push("outbox", foreign),
                "firms");

        relay.relayPending();

        Document firm = mongo.findById(uscc, Document.class, "firms");
        assertThat(firm.getList("outbox", Document.class)).isEmpty();
        assertThat(firm.getList(OutboxRelay.FAILED_FIELD, Document.class))
                .singleElement()
                .satisfies(failed -> assertThat(failed.getString("reason")).contains("cn.wuhu.sti.retired.v1"));
        assertThat(recordsFor(uscc, 1)).hasSize(1);
    }

    @Test
    void aBacklogOfManyBatchesGoesOutOnceEachWhileTheNextBatchIsSentBeforeTheLastIsAcknowledged() {
        relay.relayPending();
        var batchesOfThree = new OutboxRelay(
                mongo,
                kafka,
                new OutboxProperties(
                        properties.collections(),
                        properties.source(),
                        properties.pollInterval(),
                        3,
                        properties.sendTimeout(),
                        properties.lease(),
                        false),
                Clock.systemUTC(),
                relay.instanceId(),
                new SimpleMeterRegistry(),
                OutboxTracing.none());
        List<String> firms = java.util.stream.IntStream.range(0, 10)
                .mapToObj(n -> "91340200" + uniqueDigits(10))
                .toList();
        firms.forEach(uscc -> writeWithOutbox(uscc, List.of(registered(uscc, "一"), registered(uscc, "二"))));

        int sent = batchesOfThree.relayPending();

        assertThat(sent)
                .as("each of the 20 entries acknowledged once: none read again while in flight")
                .isEqualTo(20);
        for (String uscc : firms) {
            assertThat(mongo.findById(uscc, Document.class, "firms").getList("outbox", Document.class))
                    .isEmpty();
            assertThat(recordsFor(uscc, 2))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .extracting(json -> json.replaceAll(".*\"name\":\"([^\"]+)\".*", "$1"))
                    .startsWith("一", "二");
        }
    }

    @Test
    void aSecondReplicaDoesNotRelayWhileTheFirstHoldsTheLease() {
        String uscc = "91340200" + uniqueDigits(10);
        relay.relayPending();
        writeWithOutbox(uscc, List.of(registered(uscc, "副本")));
        var secondReplica = new OutboxRelay(
                mongo,
                kafka,
                properties,
                Clock.systemUTC(),
                "another-replica",
                new SimpleMeterRegistry(),
                OutboxTracing.none());

        int sentBySecond = secondReplica.relayPending();

        assertThat(sentBySecond).isZero();
        assertThat(relay.relayPending()).isEqualTo(1);
    }

    @Test
    void aStartedRelayIsWokenByACommittedWriteWithoutBeingCalled() {
        String uscc = "91340200" + uniqueDigits(10);
        relay.start();
        try {
            writeWithOutbox(uscc, List.of(registered(uscc, "唤醒")));
            outbox.committed("firms", uscc);

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> subscriber.received.stream()
                            .anyMatch(e -> e.aggregateId().equals(uscc)));
        } finally {
            relay.stop();
        }
    }

    @Test
    void aForeignRecordGoesToTheDeadLetterTopicWithItsReasonAndTheListenerCarriesOn() throws Exception {
        String garbageKey = "garbage-" + uniqueDigits(6);
        String uscc = "91340200" + uniqueDigits(10);
        double deadLettersBefore = deadLettersOf(Topics.ENTERPRISE);
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(
                Map.of("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                            Topics.ENTERPRISE, garbageKey, "not a cloud event".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
        writeWithOutbox(uscc, List.of(registered(uscc, "之后")));
        relay.relayPending();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> subscriber.received.stream()
                        .anyMatch(e -> e.aggregateId().equals(uscc)));
        ConsumerRecord<String, byte[]> dead =
                recordsOn(Topics.deadLetterOf(Topics.ENTERPRISE), garbageKey, 1).get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        assertThat(header(dead, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.ENTERPRISE);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(deadLettersOf(Topics.ENTERPRISE)).isEqualTo(deadLettersBefore + 1));
    }

    private double deadLettersOf(String topic) {
        return meters.get("sti.deadletter.published")
                .tag("topic", topic)
                .counter()
                .count();
    }

    private void writeWithOutbox(String uscc, List<DomainEvent> events) {
        List<OutboxEntry> entries = outbox.entriesFor(events);
        mongo.upsert(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .is(uscc)),
                outbox.append(new Update().set("name", "test"), entries),
                "firms");
    }

    private static EnterpriseRegistered registered(String uscc, String name) {
        return new EnterpriseRegistered(uscc, name, District.JINGHU, Industry.AI, LocalDate.of(2020, 1, 1));
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(String key, int atLeast) {
        return recordsOn(Topics.ENTERPRISE, key, atLeast);
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOn(String topic, String key, int atLeast) {
        try (var probe = new TopicProbe(SharedInfrastructure.kafkaBootstrapServers(), topic)) {
            return probe.awaitRecords(key, atLeast);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicProbe.header(record, name);
    }

    private static String uniqueDigits(int length) {
        String digits = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        return (digits + "0000000000000000000").substring(0, length);
    }
}
