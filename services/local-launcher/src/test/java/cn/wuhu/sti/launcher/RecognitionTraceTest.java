package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.test.TopicProbe;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One recognition traced from the gateway to the indicator: the platform as {@code ./sti-local} runs it, every
 * application exporting its spans to one in-memory exporter. Prints the trace (service, kind, span, start, length).
 */
class RecognitionTraceTest {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    private static LocalPlatform platform;
    private static PlatformClient admin;

    @BeforeAll
    static void startThePlatformWithSharedSpans() throws Exception {
        PlatformOptions options = PlatformOptions.defaults()
                .withPorts(TopicProbe::freePort)
                .withInfrastructurePorts(TopicProbe.freePort(), TopicProbe.freePort(), TopicProbe.freePort());
        for (String app : List.of(
                "gateway",
                "talent-service",
                "enterprise-service",
                "techmarket-service",
                "parks-service",
                "reporting-service")) {
            options.withServiceArgs(
                    app,
                    "--sti.test.shared-spans=true",
                    "--management.opentelemetry.tracing.export.schedule-delay=100ms");
        }
        platform = LocalPlatform.start(options);
        admin = PlatformClient.as(platform.gatewayUrl(), "bureau-admin", "bureau-admin-secret");
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aRecognitionIsOneTraceFromTheGatewayThroughKafkaToReporting() {
        String uscc = register();
        String traceId = randomHex(32);

        var response = admin.post(
                "/api/enterprises/" + uscc + "/recognitions",
                Map.of(
                        "tier", "HIGH_TECH",
                        "certificateNo", "GR" + uscc.substring(8, 17),
                        "recognizedOn", "2033-04-01",
                        "validUntil", "2036-03-31"),
                "traceparent",
                "00-" + traceId + "-" + randomHex(16) + "-01");

        assertThat(response.statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> PlatformClient.indicator(
                                admin.read("/api/reports/indicators?year=2033"), "enterprise.hightech.new")
                        >= 1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(trace(traceId))
                        .anySatisfy(span -> assertThat(service(span) + " " + span.getKind() + " " + span.getName())
                                .isEqualTo("reporting-service CONSUMER sti.enterprise.v1 process")));
        List<SpanData> trace = trace(traceId);
        print(traceId, trace);
        assertThat(trace)
                .extracting(span -> service(span) + " " + span.getKind())
                .contains(
                        "gateway SERVER",
                        "gateway CLIENT",
                        "enterprise-service SERVER",
                        "enterprise-service PRODUCER",
                        "reporting-service CONSUMER");
    }

    private static List<SpanData> trace(String traceId) {
        return SharedSpans.EXPORTER.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .toList();
    }

    private static String service(SpanData span) {
        return span.getResource().getAttribute(SERVICE_NAME);
    }

    private static void print(String traceId, List<SpanData> trace) {
        long origin = trace.get(0).getStartEpochNanos();
        long end = trace.stream().mapToLong(SpanData::getEndEpochNanos).max().orElse(origin);
        System.out.printf(
                "trace %s: %d spans, %.1f ms from the gateway to reporting%n",
                traceId, trace.size(), (end - origin) / 1e6);
        for (SpanData span : trace) {
            System.out.printf(
                    "  %-18s %-9s %-42s start +%7.1f ms  length %7.1f ms%n",
                    service(span),
                    span.getKind(),
                    span.getName(),
                    (span.getStartEpochNanos() - origin) / 1e6,
                    (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e6);
        }
    }

    private static String register() {
        String first17 =
                "91340209" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        String uscc = first17 + Uscc.checkCharacterOf(first17);
        assertThat(admin.post("/api/enterprises", """
                        {"uscc":"%s","name":"芜湖追踪科技有限公司","district":"JINGHU","industry":"AI","registeredOn":"2020-01-02"}""".formatted(uscc)).statusCode())
                .isEqualTo(201);
        return uscc;
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        }
        return hex.substring(0, length);
    }
}
