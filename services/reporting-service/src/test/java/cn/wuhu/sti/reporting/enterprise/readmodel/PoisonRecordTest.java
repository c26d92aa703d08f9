package cn.wuhu.sti.reporting.enterprise.readmodel;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class PoisonRecordTest {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @RegisterExtension
    static final TopicProbe deadLetters = TopicProbe.onTheSharedBroker(Topics.deadLetterOf(Topics.ENTERPRISE));

    @Test
    void rawBytesThatAreNoCloudEventGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        int year = 2041;
        String uscc = uniqueUscc();

        publisher.sendRaw(Topics.ENTERPRISE, uscc, "not a cloud event".getBytes(StandardCharsets.UTF_8), Map.of());
        publisher.publish(highTechWithinYear(uscc, District.WANZHI, year));

        var deadLetter = deadLetters.awaitRecord(uscc);
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.ENTERPRISE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "enterprise.hightech.new") == 1);
    }

    @Test
    void aCloudEventWhoseBodyHasTheWrongShapeGoesToTheDeadLetterTopicWithTheReason() {
        int year = 2043;
        String uscc = uniqueUscc();

        publisher.sendRaw(
                Topics.ENTERPRISE,
                uscc,
                "{\"uscc\":\"%s\",\"colour\":\"blue\"}".formatted(uscc).getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", "poison-" + uscc,
                        "ce_source", "/test/poison",
                        "ce_type", "cn.wuhu.sti.enterprise.recognized.v1",
                        "ce_subject", uscc,
                        "content-type", "application/json"));
        publisher.publish(highTechWithinYear(uscc, District.WANZHI, year));

        var deadLetter = deadLetters.awaitRecord(uscc);
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-message"))
                .contains("cn.wuhu.sti.enterprise.recognized.v1");
        assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(TopicProbe.header(deadLetter, "ce_id")).isEqualTo("poison-" + uscc);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "enterprise.hightech.new") == 1);
    }
}
