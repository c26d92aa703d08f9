package cn.wuhu.sti.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A caller of the platform's public API through the gateway, with a client-credentials token from its issuer. */
public final class PlatformClient {

    /** Amounts are exact: a number with a fraction is read as a BigDecimal, never a double. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String gateway;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private PlatformClient(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** A client that sends no token at all. */
    public static PlatformClient anonymous(String gateway) {
        return new PlatformClient(gateway, null);
    }

    public static PlatformClient as(String gateway, String clientId, String secret) {
        var anonymous = anonymous(gateway);
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
        }
        return new PlatformClient(gateway, json(response).path("access_token").asString());
    }

    public HttpResponse<String> get(String path) {
        return send(
                authorized(HttpRequest.newBuilder(URI.create(gateway + path))).GET());
    }

    public HttpResponse<String> post(String path, Object body, String... headers) {
        var request = authorized(HttpRequest.newBuilder(URI.create(gateway + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String text ? text : JSON.writeValueAsString(body)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> put(String path, Object body) {
        return send(authorized(HttpRequest.newBuilder(URI.create(gateway + path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        body instanceof String text ? text : JSON.writeValueAsString(body))));
    }

    /** GETs a path that must answer 200, as JSON. */
    public JsonNode read(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The value of one indicator in a {@code /api/reports/indicators} answer, or -1 if it is not there. */
    public static long indicator(JsonNode report, String code) {
        for (JsonNode indicator : report.path("indicators")) {
            if (code.equals(indicator.path("code").asString())) {
                return indicator.path("value").asLong();
            }
        }
        return -1;
    }

    /** The exact value of one indicator (an amount in yuan, say), or -1 if it is not there. */
    public static BigDecimal amount(JsonNode report, String code) {
        for (JsonNode indicator : report.path("indicators")) {
            if (code.equals(indicator.path("code").asString())) {
                return indicator.path("value").decimalValue();
            }
        }
        return BigDecimal.ONE.negate();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
