package cn.wuhu.sti.reporting.statistics.readmodel;

import static cn.wuhu.sti.reporting.support.StatisticsEvents.reported;
import static cn.wuhu.sti.reporting.support.StatisticsEvents.seed2023;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.reporting.support.TalentEvents;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statistics the bureau publishes straight to the topic. The events of a test go under one record key, so they sit
 * in one partition in the order sent, and a last event of another year (a marker) counts only once every event
 * before it was consumed. Each test owns its years.
 */
@ServiceTest
class StatisticsEventConsumptionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @RegisterExtension
    static final TopicProbe deadLetters = TopicProbe.onTheSharedBroker(Topics.deadLetterOf(Topics.STATISTICS));

    @Test
    void aReportSentAgainOrAnOlderRevisionArrivingLateChangesNothingAndAHigherRevisionSupersedes() {
        int year = 2036;
        String key = Integer.toString(year);
        CloudEvent first = TopicPublisher.asCloudEvent(reported(year, 1, "100000", "3000", "10"));
        CloudEvent second = TopicPublisher.asCloudEvent(reported(year, 2, "100000", "3755", "20"));

        sendUnder(key, first);
        sendUnder(key, first);
        sendUnder(key, second);
        sendUnder(key, second);
        sendUnder(key, first);
        sendUnder(key, reported(year + 1, 1, "1000", "10", "1"));

        await().atMost(PATIENCE).until(() -> Indicators.of(mvc, year + 1).containsKey("rd.intensity"));
        Map<String, BigDecimal> figures = Indicators.of(mvc, year);
        assertThat(figures.get("rd.intensity")).isEqualTo(new BigDecimal("3.76"));
        assertThat(figures.get("stats.rd.expenditure.amount")).isEqualByComparingTo("3755");
        assertThat(figures.get("stats.fiscal.sti.amount")).isEqualByComparingTo("20");
    }

    @Test
    void aReportCountsInItsOwnYearOnly() {
        topics.publish(seed2023(2038, 1));

        await().atMost(PATIENCE).until(() -> Indicators.of(mvc, 2038).containsKey("rd.intensity"));
        assertThat(Indicators.of(mvc, 2038).get("rd.intensity")).isEqualTo(new BigDecimal("3.76"));
        assertThat(Indicators.of(mvc, 2039)).doesNotContainKey("rd.intensity");
    }

    @Test
    void aForeignEventAndImpossibleFiguresGoToTheDeadLetterTopicAndTheNextReportIsRead() {
        int year = 2039;
        String key = Integer.toString(year);
        DomainEvent foreign = teamLanded(TalentEvents.uniqueId("team"), year + "-08-01", District.WANZHI);
        DomainEvent impossible = reported(year, 1, "1000.00", "1000.01", "0");

        sendUnder(key, foreign);
        sendUnder(key, impossible);
        sendUnder(key, reported(year, 2, "1000.00", "20.00", "0"));

        var dead = deadLetters.awaitRecords(key, 2);
        assertThat(TopicProbe.header(dead.get(0), "kafka_dlt-exception-message"))
                .contains("Not a statistics event");
        assertThat(TopicProbe.header(dead.get(1), "kafka_dlt-exception-message"))
                .contains("rdExpenditure");
        assertThat(dead)
                .allSatisfy(record -> assertThat(TopicProbe.header(record, "kafka_dlt-original-topic"))
                        .isEqualTo(Topics.STATISTICS));
        await().atMost(PATIENCE).until(() -> Indicators.of(mvc, year).containsKey("rd.intensity"));
        assertThat(Indicators.of(mvc, year).get("rd.intensity")).isEqualTo(new BigDecimal("2.00"));
    }

    private static void sendUnder(String key, DomainEvent event) {
        sendUnder(key, TopicPublisher.asCloudEvent(event));
    }

    private static void sendUnder(String key, CloudEvent event) {
        topics.sendUnder(Topics.STATISTICS, key, event);
    }
}
