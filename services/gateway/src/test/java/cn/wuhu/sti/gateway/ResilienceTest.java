package cn.wuhu.sti.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResilienceTest extends GatewayTest {

    @Test
    void aServiceThatIsDownAnswers503ProblemNamingIt() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/talent/teams")));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("title").asString()).isEqualTo("Service unavailable");
        assertThat(json(response).get("detail").asString()).contains("talent");
        assertThat(json(response).get("instance").asString()).isEqualTo("/api/talent/teams");
    }

    @Test
    void aServiceSlowerThanTheReadTimeoutAnswers504ProblemInsteadOfHanging() {
        SERVICE.answers("/api/parks/slow-park", new FakeService.Answer(200, Map.of(), "{}", Duration.ofSeconds(4)));

        long started = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/parks/slow-park")));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains("parks");
        assertThat(waited).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aServiceThatKeepsFailingIsCutOffByItsCircuitBreaker() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/talent/teams")));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).get("detail").asString()).contains("paused");
        });
    }
}
