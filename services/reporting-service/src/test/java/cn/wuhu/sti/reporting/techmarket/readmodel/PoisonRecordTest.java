package cn.wuhu.sti.reporting.techmarket.readmodel;

import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.registered;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.uniqueRegistrationNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The poison record and the next event share the record key, so the next event sits behind it in its partition. */
@ServiceTest
class PoisonRecordTest {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @RegisterExtension
    static final TopicProbe deadLetters = TopicProbe.onTheSharedBroker(Topics.deadLetterOf(Topics.TECHMARKET));

    @Test
    void aTalentEventOnTheTechmarketTopicGoesToItsDeadLetterTopicAndTheNextEventIsProcessed() {
        int year = 2097;
        String registrationNo = uniqueRegistrationNo();
        CloudEvent foreign = TopicPublisher.asCloudEvent(teamLanded(registrationNo, year + "-08-01", District.WANZHI));

        topics.sendRaw(
                Topics.TECHMARKET,
                registrationNo,
                foreign.getData().toBytes(),
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        foreign.getId(),
                        "ce_source",
                        foreign.getSource().toString(),
                        "ce_type",
                        foreign.getType(),
                        "ce_subject",
                        registrationNo,
                        "content-type",
                        "application/json"));
        topics.publish(registered(registrationNo, year + "-08-01", year + "-08-02", District.WANZHI, "1234.56"));

        var deadLetter = deadLetters.awaitRecord(registrationNo);
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-message")).contains("Not a techmarket event");
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.TECHMARKET);
        assertThat(TopicProbe.header(deadLetter, "ce_id")).isEqualTo(foreign.getId());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "techmarket.contracts.count") == 1);
        assertThat(count(Indicators.of(mvc, year), "talent.teams.landed")).isZero();
    }
}
