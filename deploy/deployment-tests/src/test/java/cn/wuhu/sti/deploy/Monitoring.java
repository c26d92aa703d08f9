package cn.wuhu.sti.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The monitoring of one rendered overlay: the PrometheusRule's rules and the Grafana dashboard's queries. */
final class Monitoring {

    static final String DASHBOARD_CONFIG_MAP = "sti-grafana-dashboard";

    /** Metrics the rules and the dashboard may name that come from kube-state-metrics, not from the services. */
    static final Set<String> FROM_KUBE_STATE_METRICS = Set.of("kube_pod_status_ready");

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right");

    private Monitoring() {}

    /** Every rule of every group of the overlay's PrometheusRules. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules(Manifests manifests) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (GenericKubernetesResource rule : manifests.custom("PrometheusRule")) {
            var spec = (Map<String, Object>) rule.getAdditionalProperties().get("spec");
            for (var group : (List<Map<String, Object>>) spec.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
        }
        return rules;
    }

    static JsonNode dashboard(Manifests manifests) {
        ConfigMap map = manifests
                .find(ConfigMap.class, DASHBOARD_CONFIG_MAP)
                .orElseThrow(() -> new AssertionError(manifests + " has no ConfigMap " + DASHBOARD_CONFIG_MAP));
        try {
            return new ObjectMapper().readTree(map.getData().values().iterator().next());
        } catch (Exception e) {
            throw new AssertionError("The dashboard in " + DASHBOARD_CONFIG_MAP + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** The PromQL of every target of every panel. */
    static List<String> dashboardQueries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
            }
        }
        return queries;
    }

    /**
     * The metric names a PromQL expression reads: its identifiers without string literals, label matchers, ranges,
     * the label lists of {@code by}/{@code on}/..., function names (followed by a parenthesis) and keywords.
     */
    static Set<String> metricNames(String promql) {
        String stripped = promql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", " ")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(stripped);
        while (matcher.find()) {
            String token = matcher.group();
            String rest = stripped.substring(matcher.end()).stripLeading();
            boolean function = rest.startsWith("(");
            boolean partOfNumber = matcher.start() > 0 && Character.isDigit(stripped.charAt(matcher.start() - 1));
            if (!function && !partOfNumber && !KEYWORDS.contains(token)) {
                names.add(token);
            }
        }
        return names;
    }
}
