package cn.wuhu.sti.reporting.observability;

import static cn.wuhu.sti.test.service.Callers.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One trace from the request to the read model: the statistics bureau's report is posted with a W3C
 * {@code traceparent}, written with its event into the outbox, relayed to {@code sti.statistics.v1} and read back by
 * reporting's own listener, all on the real embedded broker. Spans are collected in memory.
 */
@ServiceTest(properties = "management.opentelemetry.tracing.export.schedule-delay=100ms")
@Import(EventTracingTest.Spans.class)
class EventTracingTest {

    @RegisterExtension
    static final TopicProbe topic = TopicProbe.onTheSharedBroker(Topics.STATISTICS);

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemorySpanExporter spans;

    @Test
    void reportingHandlesTheEventUnderTheTraceIdOfTheRequestThatCausedIt() throws Exception {
        String traceId = randomHex(32);
        int year = 2041;

        mvc.perform(written("reports", post("/api/reports/statistics"), body(year))
                        .header("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01"))
                .andExpect(status().isCreated());

        var record = topic.awaitRecord(Integer.toString(year));
        assertThat(TopicProbe.header(record, "ce_traceparent")).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Indicators.of(mvc, year).containsKey("rd.intensity"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(trace(traceId)).anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getName()).contains(Topics.STATISTICS);
                }));
        print(traceId);
        assertThat(trace(traceId))
                .extracting(SpanData::getKind)
                .contains(SpanKind.SERVER, SpanKind.PRODUCER, SpanKind.CONSUMER);
    }

    private List<SpanData> trace(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .toList();
    }

    /** The trace as the note shows it: each span's start after the first and its duration, in milliseconds. */
    private void print(String traceId) {
        List<SpanData> trace = trace(traceId);
        long origin = trace.get(0).getStartEpochNanos();
        System.out.println("trace " + traceId + ", " + trace.size() + " spans:");
        for (SpanData span : trace) {
            System.out.printf(
                    "  %-9s %-45s +%8.1f ms  %8.1f ms%n",
                    span.getKind(),
                    span.getName(),
                    (span.getStartEpochNanos() - origin) / 1e6,
                    (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e6);
        }
    }

    private static String body(int year) {
        return """
                {"year": %d, "gdp": "450500000000", "rdExpenditure": "16940000000", "fiscalStiSpending": "7820000000"}
                """.formatted(year);
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        }
        return hex.substring(0, length);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Spans {

        @Bean
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }
}
