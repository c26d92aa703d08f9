package cn.wuhu.sti.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the test server's port. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUri;

    public Http(int port) {
        this.baseUri = "http://127.0.0.1:" + port;
    }

    public Answer get(String path, String token, String... headers) {
        HttpRequest.Builder request = request(path, token);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    public Answer post(String path, String token, String json, String... headers) {
        return send(postRequest(path, token, json, headers));
    }

    public CompletableFuture<Answer> postAsync(String path, String token, String json, String... headers) {
        return CLIENT.sendAsync(postRequest(path, token, json, headers), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(Answer::new);
    }

    /** A POST without Content-Length: the client streams the body in chunks, so its size is known only by reading. */
    public Answer postChunked(String path, String token, String json, String... headers) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(request.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build());
    }

    private HttpRequest postRequest(String path, String token, String json, String... headers) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.POST(
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Answer send(HttpRequest request) {
        try {
            return new Answer(CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public Map<String, Object> json() {
            return JSON.readValue(response.body(), new TypeReference<>() {});
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) json().get("errors");
        }
    }
}
