package cn.wuhu.sti.reporting.talent.readmodel;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
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
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @RegisterExtension
    static final TopicProbe deadLetters = TopicProbe.onTheSharedBroker(Topics.deadLetterOf(Topics.TALENT));

    @Test
    void anEnterpriseEventOnTheTalentTopicGoesToItsDeadLetterTopicAndTheNextEventIsProcessed() {
        int year = 2081;
        String teamId = uniqueId("team");
        String uscc = uniqueUscc();
        CloudEvent foreign = TopicPublisher.asCloudEvent(highTechWithinYear(uscc, District.WANZHI, year));

        publisher.sendRaw(
                Topics.TALENT,
                teamId,
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
                        uscc,
                        "content-type",
                        "application/json"));
        publisher.publish(teamLanded(teamId, year + "-08-01", District.WANZHI));

        var deadLetter = deadLetters.awaitRecord(teamId);
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-message")).contains("Not a talent event");
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.TALENT);
        assertThat(TopicProbe.header(deadLetter, "ce_id")).isEqualTo(foreign.getId());
        await().atMost(Duration.ofSeconds(30)).until(() -> count(Indicators.of(mvc, year), "talent.teams.landed") == 1);
        assertThat(count(Indicators.of(mvc, year), "enterprise.hightech.new")).isZero();
    }

    @Test
    void rawBytesThatAreNoCloudEventGoToTheDeadLetterTopicAndTheNextEventIsProcessed() {
        int year = 2083;
        String teamId = uniqueId("team");

        publisher.sendRaw(Topics.TALENT, teamId, "not a cloud event".getBytes(StandardCharsets.UTF_8), Map.of());
        publisher.publish(teamLanded(teamId, year + "-08-01", District.NANLING));

        var deadLetter = deadLetters.awaitRecord(teamId);
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.TALENT);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year, "NANLING"), "talent.teams.landed") == 1);
    }
}
