package cn.wuhu.sti.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.messaging.consumer.DeadLetters;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.subscriber.Delivery.Kind;
import cn.wuhu.sti.subscriber.SubscriberTestApplication.Department;
import cn.wuhu.sti.subscriber.SubscriberTestApplication.Handled;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import cn.wuhu.sti.test.service.TestData;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A department's subscriber on the real embedded broker and Mongo wire server: its handlers get the contract's
 * records once per {@code ce_id}, failures are retried and then parked on the department's own dead-letter topic,
 * and each delivery says whether it is a first one, a replay or a redrive.
 */
@SpringBootTest
@UseSharedInfrastructure
class SubscriberIntegrationTest {

    private static final String OWN_DEAD_LETTERS = Topics.deadLetterOf(Topics.ENTERPRISE, "subscriber-test");

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Autowired
    Department department;

    @AfterEach
    void fixTheBug() {
        department.failingFirms.clear();
    }

    @Test
    void anEventReachesItsHandlerAsTheContractsRecordMarkedFirst() {
        EnterpriseRecognized recognized = recognition(TestData.freshUscc());
        CloudEvent cloudEvent = TopicPublisher.asCloudEvent(recognized);

        topics.send(cloudEvent);

        Handled handled = awaitRecognitions(recognized.uscc(), 1).get(0);
        assertThat(handled.delivery().kind()).isEqualTo(Kind.FIRST);
        assertThat(handled.delivery().eventId()).isEqualTo(cloudEvent.getId());
        assertThat(handled.delivery().topic()).isEqualTo(Topics.ENTERPRISE);
        assertThat(handled.delivery().redrivenFrom()).isNull();
    }

    @Test
    void aResentEventIsHandledOnce() {
        String uscc = TestData.freshUscc();
        CloudEvent cloudEvent = TopicPublisher.asCloudEvent(recognition(uscc));
        String marker = TestData.freshUscc();

        topics.send(cloudEvent);
        topics.send(cloudEvent);
        // Under the same key, so in the same partition: once the marker is handled, both copies before it were seen.
        sendMarkerBehind(uscc, marker);

        awaitRecognitions(marker, 1);
        assertThat(department.recognitionsOf(uscc)).hasSize(1);
    }

    @Test
    void aHandlerThatAsksForReplaysGetsAResentEventMarkedReplay() {
        String teamId = "team-" + UUID.randomUUID();
        CloudEvent cloudEvent = TopicPublisher.asCloudEvent(
                new TeamLanded(teamId, LocalDate.of(2023, 5, 6), District.JIUJIANG, Industry.ROBOTICS));

        topics.send(cloudEvent);
        topics.send(cloudEvent);

        var landings = await().atMost(Duration.ofSeconds(30))
                .until(() -> department.landingsOf(teamId), handled -> handled.size() == 2);
        assertThat(landings).extracting(handled -> handled.delivery().kind()).containsExactly(Kind.FIRST, Kind.REPLAY);
    }

    @Test
    void aHandlerThatKeepsFailingIsRetriedThenTheEventIsParkedOnTheDepartmentsOwnDeadLetterTopic() {
        String uscc = TestData.freshUscc();
        department.failingFirms.add(uscc);
        CloudEvent cloudEvent = TopicPublisher.asCloudEvent(recognition(uscc));

        topics.send(cloudEvent);

        try (var deadLetters = TopicProbe.onTheSharedBroker(OWN_DEAD_LETTERS)) {
            ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(uscc);
            assertThat(TopicProbe.header(parked, "ce_id")).isEqualTo(cloudEvent.getId());
            assertThat(TopicProbe.header(parked, "kafka_dlt-original-topic")).isEqualTo(Topics.ENTERPRISE);
            assertThat(TopicProbe.header(parked, "kafka_dlt-exception-message")).contains("bug: cannot pay " + uscc);
            assertThat(parked.value()).isEqualTo(cloudEvent.getData().toBytes());
        }
        assertThat(department.recognitionsOf(uscc))
                .as("the first call and two retries")
                .hasSize(3)
                .noneMatch(Handled::succeeded);
    }

    @Test
    void anEventRedrivenAfterTheBugIsFixedIsHandledOnceMarkedRedrive() {
        String uscc = TestData.freshUscc();
        department.failingFirms.add(uscc);
        CloudEvent cloudEvent = TopicPublisher.asCloudEvent(recognition(uscc));
        topics.send(cloudEvent);
        try (var deadLetters = TopicProbe.onTheSharedBroker(OWN_DEAD_LETTERS)) {
            deadLetters.awaitRecord(uscc);
        }

        department.failingFirms.remove(uscc);
        String from = OWN_DEAD_LETTERS + "/0/0";
        redrive(cloudEvent, from);
        redrive(cloudEvent, from);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> department.recognitionsOf(uscc).stream().anyMatch(Handled::succeeded));
        String marker = TestData.freshUscc();
        sendMarkerBehind(uscc, marker);
        awaitRecognitions(marker, 1);
        var succeeded = department.recognitionsOf(uscc).stream()
                .filter(Handled::succeeded)
                .toList();
        assertThat(succeeded).hasSize(1);
        assertThat(succeeded.get(0).delivery().kind()).isEqualTo(Kind.REDRIVE);
        assertThat(succeeded.get(0).delivery().redrivenFrom()).isEqualTo(from);
    }

    @Test
    void aRecordThatIsNoValidEventIsParkedAtOnceAndTheNextIsHandled() {
        String uscc = TestData.freshUscc();
        topics.sendRaw(
                Topics.ENTERPRISE,
                uscc,
                "{\"uscc\":\"not a recognition\"}".getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_source", "/somewhere",
                        "ce_type", "cn.wuhu.sti.enterprise.recognized.v1",
                        "content-type", "application/json"));
        String next = TestData.freshUscc();
        topics.publish(recognition(next));

        awaitRecognitions(next, 1);
        try (var deadLetters = TopicProbe.onTheSharedBroker(OWN_DEAD_LETTERS)) {
            ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecord(uscc);
            assertThat(TopicProbe.header(parked, "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo("cn.wuhu.sti.events.InvalidEventException");
        }
        assertThat(department.recognitionsOf(uscc)).isEmpty();
    }

    private void sendMarkerBehind(String key, String marker) {
        topics.sendUnder(Topics.ENTERPRISE, key, TopicPublisher.asCloudEvent(recognition(marker)));
    }

    private void redrive(CloudEvent cloudEvent, String from) {
        topics.sendUnder(
                Topics.ENTERPRISE, cloudEvent.getSubject(), cloudEvent, Map.of(DeadLetters.REDRIVEN_FROM, from));
    }

    private java.util.List<Handled> awaitRecognitions(String uscc, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> department.recognitionsOf(uscc), handled -> handled.size() >= count);
    }

    static EnterpriseRecognized recognition(String uscc) {
        return new EnterpriseRecognized(
                uscc,
                District.JIUJIANG,
                Tier.HIGH_TECH,
                "GR2023" + uscc.substring(8, 16),
                LocalDate.of(2023, 10, 16),
                LocalDate.of(2026, 10, 15),
                false);
    }
}
