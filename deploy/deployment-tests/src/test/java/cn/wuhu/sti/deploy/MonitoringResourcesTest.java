package cn.wuhu.sti.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Prometheus and Grafana are given, in both overlays: a ServiceMonitor over the six services, the alerts the
 * operations guide explains, and the dashboard. Whether the metrics they name exist: {@link MonitoredMetricsTest}.
 */
class MonitoringResourcesTest {

    static final List<String> ALERTS = List.of(
            "StiOutboxBacklogGrowing",
            "StiOutboxOldestEntryTooOld",
            "StiConsumerLagGrowing",
            "StiDeadLetter",
            "StiCircuitBreakerOpen",
            "StiPodNotReady",
            "StiSubscriptionBehindItsSla",
            "StiSubscriptionLagUnknown");

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    @SuppressWarnings("unchecked")
    void theServiceMonitorScrapesTheActuatorOfEveryServiceOnItsHttpPort(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        var monitor = manifests.customOne("ServiceMonitor").getAdditionalProperties();
        var spec = (Map<String, Object>) monitor.get("spec");
        var endpoint = ((List<Map<String, Object>>) spec.get("endpoints")).get(0);
        var expression = ((List<Map<String, Object>>)
                        ((Map<String, Object>) spec.get("selector")).get("matchExpressions"))
                .get(0);

        assertThat(endpoint).containsEntry("port", "http").containsEntry("path", "/actuator/prometheus");
        assertThat(expression).containsEntry("key", "app.kubernetes.io/name").containsEntry("operator", "In");
        List<String> selected = manifests.all(Service.class).stream()
                .filter(service -> ((List<String>) expression.get("values"))
                        .contains(service.getMetadata().getLabels().get("app.kubernetes.io/name")))
                .toList()
                .stream()
                .map(service -> service.getMetadata().getName())
                .toList();
        assertThat(selected).containsExactlyInAnyOrderElementsOf(Platform.allServiceNames());
        assertThat(manifests.all(Service.class).stream()
                        .filter(service ->
                                selected.contains(service.getMetadata().getName()))
                        .flatMap(service -> service.getSpec().getPorts().stream())
                        .map(port -> port.getName()))
                .containsOnly("http");
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void everyAlertTheGuideExplainsIsThereWithASeverityASummaryAndItsRunbook(String overlay) {
        var rules = Monitoring.rules(Kustomize.render(overlay));
        String guide = Repository.read("docs/operations.md");

        assertThat(rules.stream().filter(rule -> rule.containsKey("alert")).map(rule -> rule.get("alert")))
                .containsExactlyInAnyOrderElementsOf(ALERTS);
        assertThat(rules)
                .allSatisfy(rule -> assertThat((String) rule.get("expr")).isNotBlank());
        for (var rule : rules.stream().filter(rule -> rule.containsKey("alert")).toList()) {
            String alert = (String) rule.get("alert");
            assertThat(((Map<?, ?>) rule.get("labels")).containsKey("severity"))
                    .as(alert + " has a severity")
                    .isTrue();
            @SuppressWarnings("unchecked")
            var annotations = (Map<String, String>) rule.get("annotations");
            assertThat(annotations).as(alert).containsKeys("summary", "description", "runbook_url");
            String anchor = alert.toLowerCase();
            assertThat(annotations.get("runbook_url")).as(alert).endsWith("docs/operations.md#" + anchor);
            assertThat(guide).as("docs/operations.md explains " + alert).contains("### " + alert);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Kustomize.DEV, Kustomize.PROD})
    void theDashboardIsJsonGrafanasSidecarLoadsWithAQueryInEveryPanel(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        ConfigMap map =
                manifests.find(ConfigMap.class, Monitoring.DASHBOARD_CONFIG_MAP).orElseThrow();
        var dashboard = Monitoring.dashboard(manifests);

        assertThat(map.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboard.path("uid").asText()).isEqualTo("sti-event-flow");
        assertThat(dashboard.path("panels")).isNotEmpty();
        for (var panel : dashboard.path("panels")) {
            if (!panel.path("type").asText().equals("row")) {
                assertThat(panel.path("targets"))
                        .as(panel.path("title").asText())
                        .isNotEmpty();
            }
        }
        assertThat(Monitoring.dashboardQueries(dashboard))
                .allSatisfy(query -> assertThat(query).isNotBlank());
    }

    @org.junit.jupiter.api.Test
    void theMetricNamesOfAnExpressionAreFoundAndNothingElse() {
        assertThat(Monitoring.metricNames(
                        "histogram_quantile(0.95, sum by (application, le) (rate(http_server_requests_seconds_bucket"
                                + "{namespace=\"$namespace\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(Monitoring.metricNames(
                        "sti:consumer_lag:records > 0 and delta(sti:consumer_lag:records[5m]) > 0 unless up == 0"))
                .containsExactly("sti:consumer_lag:records", "up");
    }
}
