package cn.wuhu.sti.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway started once on a real port for every test class, with the dev issuer on and the services faked:
 * enterprises, parks and reports answer from {@link FakeService}, talent points at a closed port.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--spring.config.name=gateway",
        properties = {
            "sti.security.issuer=" + GatewayTest.ISSUER,
            "sti.gateway.read-timeout=1s",
            "sti.gateway.dev-issuer.clients.other-app.secret=other-app-secret",
            "sti.gateway.dev-issuer.clients.other-app.scopes=enterprise:read",
            "sti.gateway.dev-issuer.clients.other-app.audience=other-app"
        })
@ActiveProfiles("dev")
abstract class GatewayTest {

    static final String ISSUER = "http://issuer.test:8080";
    static final FakeService SERVICE = FakeService.start();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int CLOSED_PORT = closedPort();

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("sti.gateway.services.enterprise", () -> SERVICE.uri().toString());
        registry.add("sti.gateway.services.parks", () -> SERVICE.uri().toString());
        registry.add("sti.gateway.services.reports", () -> SERVICE.uri().toString());
        registry.add("sti.gateway.services.talent", () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    URI gateway(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    /** Through {@code client} (one with cookies, say), with the tests' timeout. */
    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
