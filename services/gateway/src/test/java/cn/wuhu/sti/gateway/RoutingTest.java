package cn.wuhu.sti.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTest extends GatewayTest {

    @Test
    void aCreateReachesTheServiceWithItsTokenKeyAndBodyAndItsAnswerComesBack() {
        SERVICE.answers(
                "/api/enterprises",
                new FakeService.Answer(
                        201,
                        Map.of("Location", "/api/enterprises/91340200MA2N0001X1", "Content-Type", "application/json"),
                        "{\"id\":\"91340200MA2N0001X1\"}",
                        Duration.ZERO));

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/enterprises"))
                .header("Authorization", "Bearer token-for-the-service")
                .header("Idempotency-Key", "create-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uscc\":\"91340200MA2N0001X1\"}")));

        FakeService.Received received = SERVICE.received("/api/enterprises").orElseThrow();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("Authorization")).isEqualTo("Bearer token-for-the-service");
        assertThat(received.header("Idempotency-Key")).isEqualTo("create-1");
        assertThat(received.body()).isEqualTo("{\"uscc\":\"91340200MA2N0001X1\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/enterprises/91340200MA2N0001X1");
        assertThat(json(response).get("id").asString()).isEqualTo("91340200MA2N0001X1");
    }

    @Test
    void subPathsAndQueryStringsReachTheServiceUnchanged() {
        SERVICE.answers(
                "/api/reports/indicators",
                new FakeService.Answer(
                        200, Map.of("Content-Type", "application/json"), "{\"year\":2023}", Duration.ZERO));

        HttpResponse<String> response =
                send(HttpRequest.newBuilder(gateway("/api/reports/indicators?year=2023&district=JINGHU")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("year").asInt()).isEqualTo(2023);
        assertThat(SERVICE.received("/api/reports/indicators")
                        .orElseThrow()
                        .uri()
                        .getQuery())
                .isEqualTo("year=2023&district=JINGHU");
    }

    @Test
    void anAbsoluteLocationFromAServiceIsRewrittenToTheGateway() {
        SERVICE.answers(
                "/api/parks",
                new FakeService.Answer(
                        201, Map.of("Location", SERVICE.uri() + "/api/parks/p-1"), "{\"id\":\"p-1\"}", Duration.ZERO));

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/parks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/api/parks/p-1");
    }

    @Test
    void aServiceErrorPassesThroughRatherThanTrippingTheFallback() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/enterprises/unknown-uscc")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pathsOutsideTheApiAskForATokenAsAProblem() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/internal/anything")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("Bearer"));
    }
}
