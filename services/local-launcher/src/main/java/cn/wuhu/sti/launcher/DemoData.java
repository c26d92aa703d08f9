package cn.wuhu.sti.launcher;

import static cn.wuhu.sti.launcher.PlatformClient.amount;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo through the gateway's public API, as department systems would: a client-credentials token, then
 * one POST per fact. The contexts load side by side, each a few requests at a time, so the demo's wall time is that
 * of its largest context rather than their sum. A context already holding its demo is skipped.
 */
final class DemoData {

    private static final int PARALLEL_PER_CONTEXT = 4;

    /** The seed's 2024 targets: 100+ teams, 360 new high-tech firms and 360 new tech SMEs, 8+ provincial platforms. */
    static final Map<String, Integer> TARGETS_2024 = Map.of(
            "talent.teams.landed", 100,
            "enterprise.hightech.new", 360,
            "enterprise.techsme.new", 360,
            "platforms.provincialplus.new", 8);

    /**
     * The demo's 2023 plan, so the dashboard and the summary of 2023 show targets met and missed: a demo assumption,
     * the seed states no targets for 2023.
     */
    static final Map<String, Integer> TARGETS_2023 = Map.of(
            "talent.teams.landed", 90,
            "enterprise.hightech.new", 350,
            "enterprise.techsme.new", 1000,
            "techmarket.achievements.published", 2000,
            "parks.construction.started", 10,
            "platforms.provincialplus.new", 10);

    private final String gateway;

    DemoData(String gateway) {
        this.gateway = gateway;
    }

    /** One context's part of the demo, and the 2022 figures it gives (where the seed implies a change). */
    private record Part(
            String name,
            String size,
            String countPath,
            long expectedCount,
            Consumer<DemoLoader> load,
            Map<String, BigDecimal> expected2022) {

        Part(String name, String size, String countPath, long expectedCount, Consumer<DemoLoader> load) {
            this(name, size, countPath, expectedCount, load, Map.of());
        }
    }

    void load(PrintStream out) throws Exception {
        PlatformClient client = PlatformClient.as(gateway, "bureau-admin", "bureau-admin-secret");
        var firms = DemoPlan.generate();
        var talent = TalentDemoPlan.generate();
        var techmarket = TechmarketDemoPlan.generate();
        var parks = ParksDemoPlan.generate(firms);
        var statistics = StatisticsDemoPlan.generate();
        List<Part> parts = List.of(
                new Part(
                        "enterprise",
                        firms.size() + " firms",
                        "/api/enterprises?size=1",
                        firms.size(),
                        loader -> loader.load(DemoPlan.items(firms))),
                new Part(
                        "talent",
                        talent.teams().size() + " teams, "
                                + talent.fundProjects().size() + " fund projects",
                        "/api/talent/teams?size=1",
                        talent.teams().size(),
                        talent::loadWith),
                new Part(
                        "techmarket",
                        techmarket.size() + " contracts, achievements, demands, matches and more",
                        "/api/techmarket/achievements?size=1",
                        TechmarketDemoPlan.ACHIEVEMENTS_2023,
                        techmarket::loadWith,
                        techmarket.expected2022()),
                new Part(
                        "parks",
                        parks.parks().size() + " parks with their tenants, carriers, platforms, dispatch meetings",
                        "/api/parks?size=1",
                        parks.parks().size(),
                        parks::loadWith),
                new Part(
                        "statistics",
                        "the statistics bureau's figures of 2022 and 2023",
                        "/api/reports/statistics?size=1",
                        statistics.reports().size(),
                        statistics::loadWith));

        long started = System.nanoTime();
        List<CompletableFuture<Void>> loading = new ArrayList<>();
        Map<String, BigDecimal> expected2022 = new HashMap<>();
        for (Part part : parts) {
            long present = client.read(part.countPath()).path("totalElements").asLong();
            if (present >= part.expectedCount()) {
                out.printf("Demo data of %s already loaded.%n", part.name());
                continue;
            }
            out.printf("Loading demo data of %s: %s ...%n", part.name(), part.size());
            expected2022.putAll(part.expected2022()); // not a skipped part: a kept folder may predate its 2022
            loading.add(CompletableFuture.runAsync(() -> {
                long partStarted = System.nanoTime();
                try (var loader = new DemoLoader(client, PARALLEL_PER_CONTEXT)) {
                    part.load().accept(loader);
                    double seconds = (System.nanoTime() - partStarted) / 1e9;
                    out.printf(
                            "Loaded %s: %d requests in %.1f s (%.0f requests/s).%n",
                            part.name(), loader.requests(), seconds, loader.requests() / seconds);
                }
            }));
        }
        CompletableFuture.allOf(loading.toArray(CompletableFuture[]::new)).join();
        if (!loading.isEmpty()) {
            out.printf("Demo loaded in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        }

        // The seed's plan for 2024 (2024年工作), and the demo's for 2023: indicators then show target and progress.
        for (var plan : Map.of(2023, TARGETS_2023, 2024, TARGETS_2024).entrySet()) {
            var targets = client.put("/api/reports/targets/" + plan.getKey(), Map.of("targets", plan.getValue()));
            if (targets.statusCode() != 200) {
                out.println("WARNING: the " + plan.getKey() + " targets were refused: " + targets.statusCode() + " "
                        + targets.body());
            }
        }

        Map<String, BigDecimal> expected = new HashMap<>();
        DemoPlan.EXPECTED_2023.forEach((code, value) -> expected.put(code, BigDecimal.valueOf(value)));
        expected.putAll(talent.expected2023());
        expected.putAll(techmarket.expected2023());
        expected.putAll(parks.expected2023());
        expected.putAll(statistics.expected2023());
        JsonNode report = awaitIndicators(client, 2023, expected, out);
        if (!expected2022.isEmpty()) {
            awaitIndicators(client, 2022, expected2022, out);
        }
        out.println("2023 indicators (GET /api/reports/indicators?year=2023):");
        for (JsonNode indicator : report.path("indicators")) {
            out.printf(
                    "  %-45s %16s  %s%n",
                    indicator.path("code").asString(),
                    indicator.path("value").decimalValue().toPlainString(),
                    indicator.path("name").asString());
        }
    }

    /** Reporting is eventually consistent: wait until it has read what was loaded; answers the year's report. */
    private static JsonNode awaitIndicators(
            PlatformClient client, int year, Map<String, BigDecimal> expected, PrintStream out)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode report;
        boolean caughtUp;
        do {
            report = client.read("/api/reports/indicators?year=" + year);
            JsonNode current = report;
            caughtUp = expected.entrySet().stream()
                    .allMatch(figure -> figure.getValue().compareTo(amount(current, figure.getKey())) == 0);
            if (!caughtUp) {
                Thread.sleep(2_000); // each answer computes over every firm: asking often slows the catching up
            }
        } while (!caughtUp && System.nanoTime() < deadline);
        if (!caughtUp) {
            out.printf("WARNING: reporting has not shown the demo's %d figures within 3 minutes; see its log.%n", year);
        }
        return report;
    }
}
