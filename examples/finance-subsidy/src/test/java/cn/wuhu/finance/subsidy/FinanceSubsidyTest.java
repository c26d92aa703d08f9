package cn.wuhu.finance.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import cn.wuhu.sti.test.service.TestData;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

/**
 * The finance department against the real embedded broker and Mongo wire server, fed recognitions as the enterprise
 * service publishes them: a new high-tech enterprise is paid once, however often its event arrives; a renewal is
 * paid nothing.
 */
@SpringBootTest(properties = "sti.subscriber.group=finance-subsidy-test")
@ActiveProfiles("test")
@UseSharedInfrastructure
class FinanceSubsidyTest {

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Autowired
    MongoTemplate mongo;

    @Test
    void aNewlyRecognizedHighTechEnterpriseDeliveredTwiceIsPaidOnce() {
        String uscc = TestData.freshUscc();
        CloudEvent recognized = TopicPublisher.asCloudEvent(recognition(uscc, LocalDate.of(2023, 10, 16), false));

        topics.send(recognized);
        topics.send(recognized);
        CloudEvent republished = TopicPublisher.asCloudEvent(recognition(uscc, LocalDate.of(2023, 10, 16), false));
        topics.send(republished);

        awaitHandled(recognized, republished);
        assertThat(subsidiesOf(uscc)).singleElement().satisfies(subsidy -> {
            assertThat(subsidy.amount()).isEqualByComparingTo("200000");
            assertThat(subsidy.eventId()).isEqualTo(recognized.getId());
        });
    }

    @Test
    void aRenewalIsPaidNothing() {
        String uscc = TestData.freshUscc();
        CloudEvent renewal = TopicPublisher.asCloudEvent(recognition(uscc, LocalDate.of(2023, 10, 16), true));

        topics.send(renewal);

        awaitHandled(renewal);
        assertThat(subsidiesOf(uscc)).isEmpty();
    }

    @Test
    void aRecognitionThatFollowsOnePaidIsARenewalEvenIfItsEventSaysNot() {
        String uscc = TestData.freshUscc();
        CloudEvent first = TopicPublisher.asCloudEvent(recognition(uscc, LocalDate.of(2023, 1, 10), false));
        topics.send(first);
        awaitHandled(first);

        CloudEvent next = TopicPublisher.asCloudEvent(recognition(uscc, LocalDate.of(2026, 1, 10), false));
        topics.send(next);

        awaitHandled(next);
        assertThat(subsidiesOf(uscc)).extracting(Subsidy::recognizedOn).containsExactly(LocalDate.of(2023, 1, 10));
    }

    private void awaitHandled(CloudEvent... events) {
        for (CloudEvent event : events) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> mongo.exists(
                            Query.query(Criteria.where("_id")
                                    .is(event.getId())
                                    .and("state")
                                    .is("DONE")),
                            Document.class,
                            "sti_deliveries"));
        }
    }

    private List<Subsidy> subsidiesOf(String uscc) {
        return mongo.find(Query.query(Criteria.where("uscc").is(uscc)), Subsidy.class);
    }

    private static EnterpriseRecognized recognition(String uscc, LocalDate recognizedOn, boolean renewal) {
        return new EnterpriseRecognized(
                uscc,
                District.WHTZ,
                Tier.HIGH_TECH,
                "GR" + recognizedOn.getYear() + uscc.substring(8, 16),
                recognizedOn,
                recognizedOn.plusYears(3).minusDays(1),
                renewal);
    }
}
