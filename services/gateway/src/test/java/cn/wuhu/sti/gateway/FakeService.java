package cn.wuhu.sti.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A real HTTP server standing in for the services behind the gateway: canned answers per path, requests recorded. */
final class FakeService {

    record Answer(int status, Map<String, String> headers, String body, Duration delay) {}

    record Received(String method, URI uri, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Received> received = new ConcurrentHashMap<>();

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService start() {
        try {
            FakeService service = new FakeService(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            service.server.createContext("/", service::handle);
            service.server.setExecutor(Executors.newCachedThreadPool());
            service.server.start();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answers(String path, Answer answer) {
        answers.put(path, answer);
    }

    Optional<Received> received(String path) {
        return Optional.ofNullable(received.get(path));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.put(path, new Received(exchange.getRequestMethod(), exchange.getRequestURI(), headers, body));

        Answer answer = answers.getOrDefault(
                path,
                new Answer(404, Map.of("Content-Type", "application/problem+json"), "{\"status\":404}", Duration.ZERO));
        pause(answer.delay());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException gatewayGaveUp) {
            // the gateway closes the connection of a slow call; nothing left to tell it
        }
        exchange.close();
    }

    /** Simulates a service that takes its time; runs on the fake service's own thread, not the test's. */
    private static void pause(Duration delay) {
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
