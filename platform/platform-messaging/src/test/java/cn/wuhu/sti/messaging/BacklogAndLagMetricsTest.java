package cn.wuhu.sti.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

@SpringBootTest
@UseSharedInfrastructure
class BacklogAndLagMetricsTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Test
    void theBacklogGrowsWhileTheRelayIsStoppedAndEmptiesOnceItRuns() {
        relay.relayPending();
        await().until(() -> pending() == 0);

        writeWithOutbox(uscc(), 3);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(pending()).isEqualTo(3);
            assertThat(oldestAgeSeconds()).isGreaterThanOrEqualTo(1.0);
        });
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(pending()).isZero();
                assertThat(oldestAgeSeconds()).isZero();
            });
        } finally {
            relay.stop();
        }
    }

    @Test
    void theLagOfAStoppedConsumerGrowsAndSettlesAtZeroOnceItResumes() {
        relay.relayPending();
        await().atMost(Duration.ofSeconds(20)).until(() -> lag() == 0);
        var subscriber = listeners.getListenerContainer(MessagingTestApplication.SUBSCRIBER);
        subscriber.stop();
        try {
            writeWithOutbox(uscc(), 4);
            relay.relayPending();

            await().atMost(Duration.ofSeconds(10)).until(() -> lag() == 4);
        } finally {
            subscriber.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> lag() == 0);
    }

    private double pending() {
        return meters.get("sti.outbox.pending")
                .tag("collection", "firms")
                .gauge()
                .value();
    }

    private double oldestAgeSeconds() {
        return meters.get("sti.outbox.oldest.age")
                .tag("collection", "firms")
                .gauge()
                .value();
    }

    /** The subscriber group's lag on the enterprise topic, over its partitions. */
    private double lag() {
        return meters
                .find("sti.consumer.lag")
                .tag("group", MessagingTestApplication.SUBSCRIBER)
                .tag("topic", Topics.ENTERPRISE)
                .gauges()
                .stream()
                .mapToDouble(Gauge::value)
                .sum();
    }

    private void writeWithOutbox(String uscc, int events) {
        List<DomainEvent> registered = java.util.stream.IntStream.range(0, events)
                .<DomainEvent>mapToObj(i -> new EnterpriseRegistered(
                        uscc, "指标" + i, District.JINGHU, Industry.AI, LocalDate.of(2020, 1, 1)))
                .toList();
        mongo.upsert(
                Query.query(Criteria.where("_id").is(uscc)),
                outbox.append(new Update().set("name", "metrics"), outbox.entriesFor(registered)),
                "firms");
    }

    private static String uscc() {
        return "91340200"
                + UUID.randomUUID()
                        .toString()
                        .replaceAll("\\D", "")
                        .concat("0000000000")
                        .substring(0, 10);
    }
}
