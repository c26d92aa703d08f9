package cn.wuhu.sti.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@link DemoPlan} through the gateway's public API, as a department system would: a client-credentials
 * token, then POSTs with an {@code Idempotency-Key}, so a rerun against kept data changes nothing.
 */
final class DemoData {

    private static final int PARALLEL_FIRMS = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    DemoData(String gateway) {
        this.gateway = gateway;
    }

    void load(PrintStream out) throws Exception {
        token = token("bureau-admin", "bureau-admin-secret");
        List<DemoPlan.FirmPlan> firms = DemoPlan.generate();
        JsonNode existing = get("/api/enterprises?size=1");
        if (existing.path("totalElements").asLong() >= firms.size()) {
            out.println("Demo data already loaded ("
                    + existing.path("totalElements").asLong() + " firms).");
        } else {
            long started = System.nanoTime();
            AtomicInteger requests = new AtomicInteger();
            out.printf("Loading demo data: %d firms through %s ...%n", firms.size(), gateway);
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_FIRMS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (DemoPlan.FirmPlan firm : firms) {
                    done.add(pool.submit(() -> {
                        loadFirm(firm, requests);
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "Loaded %d requests in %.1f s (%.0f requests/s).%n",
                    requests.get(), seconds, requests.get() / seconds);
        }
        awaitIndicators(out);
    }

    private void loadFirm(DemoPlan.FirmPlan firm, AtomicInteger requests) throws Exception {
        post(
                "/api/enterprises",
                "demo-" + firm.uscc(),
                Map.of(
                        "uscc", firm.uscc(),
                        "name", firm.name(),
                        "district", firm.district(),
                        "industry", firm.industry(),
                        "registeredOn", firm.registeredOn()));
        requests.incrementAndGet();
        for (DemoPlan.RecognitionPlan recognition : firm.recognitions()) {
            post(
                    "/api/enterprises/" + firm.uscc() + "/recognitions",
                    "demo-" + recognition.certificateNo(),
                    recognition);
            requests.incrementAndGet();
        }
        for (DemoPlan.ReportPlan report : firm.reports()) {
            post(
                    "/api/enterprises/" + firm.uscc() + "/annual-reports",
                    "demo-" + firm.uscc() + "-" + report.year(),
                    report);
            requests.incrementAndGet();
        }
    }

    /** Reporting is eventually consistent: wait until it has read what was loaded. */
    private void awaitIndicators(PrintStream out) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode report;
        do {
            report = get("/api/reports/indicators?year=2023");
            if (value(report, "enterprise.hightech.new") == DemoPlan.HIGH_TECH_NEW_2023
                    && value(report, "enterprise.techsme.new") == DemoPlan.TECH_SME_NEW_2023
                    && value(report, "enterprise.rdzero.noinstitution.remaining")
                            == DemoPlan.NO_INSTITUTION_2022 - DemoPlan.NO_INSTITUTION_CLEARED_2023) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        out.println("2023 indicators (GET /api/reports/indicators?year=2023):");
        for (JsonNode indicator : report.path("indicators")) {
            out.printf(
                    "  %-45s %8s  %s%n",
                    indicator.path("code").asString(),
                    indicator.path("value").asString(),
                    indicator.path("name").asString());
        }
    }

    private static long value(JsonNode report, String code) {
        for (JsonNode indicator : report.path("indicators")) {
            if (code.equals(indicator.path("code").asString())) {
                return indicator.path("value").asLong();
            }
        }
        return -1;
    }

    private String token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void post(String path, String idempotencyKey, Object body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
