package cn.wuhu.sti.reporting.parks.readmodel;

import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.ParksEvents.platformAccredited;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.parks.AccreditationLevel;
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
    static final TopicProbe deadLetters = TopicProbe.onTheSharedBroker(Topics.deadLetterOf(Topics.PARKS));

    @Test
    void aTalentEventOnTheParksTopicGoesToItsDeadLetterTopicAndTheNextEventIsProcessed() {
        int year = 2015;
        String platform = uniqueId("platform");
        CloudEvent foreign = TopicPublisher.asCloudEvent(teamLanded(platform, year + "-08-01", District.WANZHI));

        topics.sendRaw(
                Topics.PARKS,
                platform,
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
                        platform,
                        "content-type",
                        "application/json"));
        topics.publish(platformAccredited(platform, AccreditationLevel.PROVINCIAL, year + "-08-01", District.WANZHI));

        var deadLetter = deadLetters.awaitRecord(platform);
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-message")).contains("Not a parks event");
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.PARKS);
        assertThat(TopicProbe.header(deadLetter, "ce_id")).isEqualTo(foreign.getId());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "platforms.provincialplus.new") == 1);
        assertThat(count(Indicators.of(mvc, year), "talent.teams.landed")).isZero();
    }
}
