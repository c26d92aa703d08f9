package cn.wuhu.sti.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ActuatorTest extends GatewayTest {

    @Test
    void healthIsUpWithoutAToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/actuator/health")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void infoTellsWhichBuildAndCommitIsRunning() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/actuator/info")));

        assertThat(json(response).get("build").get("artifact").asString()).isEqualTo("gateway");
        assertThat(json(response).get("git").get("commit").get("id").isMissingNode())
                .isFalse();
    }

    @Test
    void prometheusScrapesTheCircuitBreakerMetrics() {
        send(HttpRequest.newBuilder(gateway("/api/talent/teams")));

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/actuator/prometheus")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("resilience4j_circuitbreaker_state");
    }
}
