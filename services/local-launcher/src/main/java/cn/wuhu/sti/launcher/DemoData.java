package cn.wuhu.sti.launcher;

import static cn.wuhu.sti.launcher.PlatformClient.amount;
import static cn.wuhu.sti.launcher.PlatformClient.indicator;

import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@link DemoPlan} through the gateway's public API, as a department system would: a client-credentials
 * token, then one POST per fact. A 409 (firm or certificate already recorded) counts as done, so an interrupted
 * load into a kept data folder can simply be run again.
 */
final class DemoData {

    private static final int PARALLEL_FIRMS = 4;

    private final String gateway;

    DemoData(String gateway) {
        this.gateway = gateway;
    }

    void load(PrintStream out) throws Exception {
        PlatformClient client = PlatformClient.as(gateway, "bureau-admin", "bureau-admin-secret");
        List<DemoPlan.FirmPlan> firms = DemoPlan.generate();
        long present =
                client.read("/api/enterprises?size=1").path("totalElements").asLong();
        if (present >= firms.size()) {
            out.println("Demo data already loaded (" + present + " firms).");
        } else {
            long started = System.nanoTime();
            AtomicInteger requests = new AtomicInteger();
            out.printf("Loading demo data: %d firms through %s ...%n", firms.size(), gateway);
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_FIRMS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (DemoPlan.FirmPlan firm : firms) {
                    done.add(pool.submit(() -> loadFirm(client, firm, requests)));
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
        TalentDemoPlan talent = TalentDemoPlan.generate();
        long teams =
                client.read("/api/talent/teams?size=1").path("totalElements").asLong();
        if (teams >= talent.teams().size()) {
            out.println("Talent demo data already loaded (" + teams + " teams).");
        } else {
            long started = System.nanoTime();
            int requests = new TalentDemoData(client).load(talent, out);
            out.printf("Loaded %d talent requests in %.1f s.%n", requests, (System.nanoTime() - started) / 1e9);
        }
        awaitIndicators(client, talent, out);
    }

    private static void loadFirm(PlatformClient client, DemoPlan.FirmPlan firm, AtomicInteger requests) {
        created(client.post(
                "/api/enterprises",
                Map.of(
                        "uscc", firm.uscc(),
                        "name", firm.name(),
                        "district", firm.district(),
                        "industry", firm.industry(),
                        "registeredOn", firm.registeredOn())));
        requests.incrementAndGet();
        for (EnterpriseCommands.Recognize recognition : firm.recognitions()) {
            created(client.post("/api/enterprises/" + firm.uscc() + "/recognitions", recognition));
            requests.incrementAndGet();
        }
        for (EnterpriseCommands.FileAnnualReport report : firm.reports()) {
            created(client.post("/api/enterprises/" + firm.uscc() + "/annual-reports", report));
            requests.incrementAndGet();
        }
    }

    private static void created(HttpResponse<String> response) {
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Reporting is eventually consistent: wait until it has read what was loaded. */
    private static void awaitIndicators(PlatformClient client, TalentDemoPlan talent, PrintStream out)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode report;
        boolean caughtUp;
        do {
            report = client.read("/api/reports/indicators?year=2023");
            JsonNode current = report;
            caughtUp = DemoPlan.EXPECTED_2023.entrySet().stream()
                            .allMatch(expected -> indicator(current, expected.getKey()) == expected.getValue())
                    && talent.expected2023().entrySet().stream()
                            .allMatch(
                                    expected -> expected.getValue().compareTo(amount(current, expected.getKey())) == 0);
            if (!caughtUp) {
                Thread.sleep(500);
            }
        } while (!caughtUp && System.nanoTime() < deadline);
        if (!caughtUp) {
            out.println("WARNING: reporting has not shown the demo's figures within 3 minutes; see its log.");
        }
        out.println("2023 indicators (GET /api/reports/indicators?year=2023):");
        for (JsonNode indicator : report.path("indicators")) {
            out.printf(
                    "  %-45s %8s  %s%n",
                    indicator.path("code").asString(),
                    indicator.path("value").asString(),
                    indicator.path("name").asString());
        }
    }
}
