package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.launcher.ContextService;
import cn.wuhu.sti.launcher.LocalPlatform;
import cn.wuhu.sti.launcher.PlatformClient;
import cn.wuhu.sti.launcher.PlatformOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric the alerts and the dashboard name is one the services expose: the platform is started as
 * {@code ./sti-local} starts it, a firm is registered through the gateway (so the request, outbox,
 * relay, consumer and breaker meters have all been used), a department subscription is registered (its lag gauges),
 * and each service's {@code /actuator/prometheus} is scraped.
 */
class MonitoredMetricsTest {

    private static LocalPlatform platform;
    private static Set<String> exposed;

    @BeforeAll
    static void startScrapeAndStop() throws Exception {
        // Without kubectl there is no rendering to compare with: skip before starting anything.
        Assumptions.assumeTrue(Kustomize.kubectlPresent(), "kubectl is not on the PATH");
        platform = LocalPlatform.start(PlatformOptions.defaults()
                .withPorts(MonitoredMetricsTest::freePort)
                .withInfrastructurePorts(freePort(), freePort(), freePort()));
        var admin = PlatformClient.as(platform.gatewayUrl(), "bureau-admin", "bureau-admin-secret");
        String first17 = "91340200" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String uscc = first17 + Uscc.checkCharacterOf(first17);
        assertThat(admin.post("/api/enterprises", """
                        {"uscc": "%s", "name": "芜湖监控测试科技有限公司", "district": "JINGHU", "industry": "AI",
                         "registeredOn": "2024-01-02"}""".formatted(uscc)).statusCode())
                .isEqualTo(201);
        // A department subscription, so reporting exports the gauges the subscription alerts compare.
        assertThat(admin.post("/api/reports/admin/subscriptions", """
                        {"department": "财政局", "topics": ["sti.enterprise.v1"], "consumerGroup": "dept-monitoring-test",
                         "contact": "finance-it@wuhu.gov.cn", "maxLag": 1000}""").statusCode())
                .isEqualTo(201);
        // Once reporting has handled the firm's event, every meter on the way has been used.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> scrape("reporting-service").contains("spring_kafka_listener_seconds_count"));
        exposed = new TreeSet<>();
        for (String service : Platform.allServiceNames()) {
            exposed.addAll(metricNames(scrape(service)));
        }
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardNameIsExposedByTheServices() {
        for (String overlay : new String[] {Kustomize.DEV, Kustomize.PROD}) {
            Manifests manifests = Kustomize.render(overlay);
            var rules = Monitoring.rules(manifests);
            Set<String> recorded = new TreeSet<>();
            rules.stream()
                    .filter(rule -> rule.containsKey("record"))
                    .forEach(rule -> recorded.add((String) rule.get("record")));
            Map<String, Set<String>> named = new LinkedHashMap<>();
            rules.forEach(rule ->
                    named.put((String) rule.getOrDefault("alert", rule.get("record")), Monitoring.metricNames((String)
                            rule.get("expr"))));
            var dashboard = Monitoring.dashboard(manifests);
            for (String query : Monitoring.dashboardQueries(dashboard)) {
                named.computeIfAbsent("dashboard", k -> new TreeSet<>()).addAll(Monitoring.metricNames(query));
            }

            named.forEach((where, metrics) -> assertThat(metrics)
                    .as("%s of %s names a metric no service exposes", where, overlay)
                    .isNotEmpty()
                    .allSatisfy(metric -> assertThat(exposed.contains(metric)
                                    || recorded.contains(metric)
                                    || Monitoring.FROM_KUBE_STATE_METRICS.contains(metric))
                            .as(metric)
                            .isTrue()));
        }
    }

    /** The names of the samples of a Prometheus text exposition. */
    private static Set<String> metricNames(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    private static String scrape(String service) throws IOException, InterruptedException {
        var context = service.equals(Platform.GATEWAY)
                ? platform.gateway()
                : platform.service(ContextService.valueOf(
                        service.substring(0, service.indexOf('-')).toUpperCase(java.util.Locale.ROOT)));
        String port = context.getEnvironment().getProperty("local.server.port");
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(service + " /actuator/prometheus").isEqualTo(200);
        return response.body();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
