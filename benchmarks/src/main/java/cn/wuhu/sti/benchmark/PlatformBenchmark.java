package cn.wuhu.sti.benchmark;

import cn.wuhu.sti.benchmark.Row.Reference;
import cn.wuhu.sti.events.Topics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Runs every measurement on one broker and one wire server it starts itself, prints the table and writes it to
 * {@code docs/performance.md}. Sizes come from system properties ({@code sti.benchmark.backlogs},
 * {@code sti.benchmark.firms}, {@code sti.benchmark.commands}), set in the module's POM.
 */
public final class PlatformBenchmark {

    public static final String COMMAND = "./mvnw -B -ntp -pl benchmarks -am verify -Pbenchmark";

    /** Every part, in the order they run. */
    public static final List<String> ALL_PARTS = List.of("P1", "P5", "P2", "P3", "P4", "P7");

    /** Which parts this run measures. */
    public Set<String> parts() {
        return parts;
    }

    /** P4 times commands one at a time, each until reporting holds it. */
    private static final int VISIBLE_COMMANDS = 2_000;

    private final int[] backlogs;
    private final int[] firms;
    private final int commands;
    private final Set<String> parts;

    /** {@code parts}: which of P1–P5 and P7 to run (P2, P3 and P4 share reporting's start and catch-up). */
    public PlatformBenchmark(int[] backlogs, int[] firms, int commands, Set<String> parts) {
        this.backlogs = backlogs;
        this.firms = firms;
        this.commands = commands;
        this.parts = Set.copyOf(parts);
    }

    public static PlatformBenchmark fromSystemProperties() {
        return new PlatformBenchmark(
                sizes(System.getProperty("sti.benchmark.backlogs", "100000,300000")),
                sizes(System.getProperty("sti.benchmark.firms", "10000,100000")),
                Integer.getInteger("sti.benchmark.commands", 3_000),
                Set.copyOf(Arrays.asList(System.getProperty("sti.benchmark.parts", String.join(",", ALL_PARTS))
                        .split(","))));
    }

    public Table run() {
        Instant started = Instant.now();
        Table table = new Table();
        List<Growth.Point> drainSeconds = new ArrayList<>();
        List<Growth.Point> drainHeap = new ArrayList<>();
        try (Infrastructure infrastructure = Infrastructure.start()) {
            KafkaTools tools = new KafkaTools(infrastructure.kafkaBootstrapServers());
            String topic = Topics.ENTERPRISE;
            try (OutboxBenchmark outbox = new OutboxBenchmark(infrastructure)) {
                int valueSize = Events.valueSize(Events.registered(Events.uscc(0, 0), 0));
                for (int events : parts.contains("P1") ? backlogs : new int[0]) {
                    OutboxBenchmark.Drain drain = outbox.drainBacklogOf(events);
                    double reference = tools.producerRate("benchmark.producer-performance", events, drain.valueSize());
                    log(
                            "P1 %,d: relay %,.0f events/s, ProducerPerformance %,.0f records/s, old generation +%,d MB",
                            events, drain.rate(), reference, drain.peakOldGenerationGrowthBytes() >> 20);
                    table.add(Row.of(
                                    "P1",
                                    String.format(Locale.ROOT, "outbox relay draining %,d pending events", events),
                                    drain.rate(),
                                    "events/s",
                                    new Reference(
                                            reference,
                                            "ProducerPerformance, acks=all, idempotent, " + drain.valueSize()
                                                    + "-byte values"),
                                    Goal.atLeastShareOfReference(0.70))
                            .noting(String.format(
                                    Locale.ROOT,
                                    "old generation +%,d MB at most while draining",
                                    drain.peakOldGenerationGrowthBytes() >> 20)));
                    drainSeconds.add(new Growth.Point(events, drain.seconds()));
                    valueSize = drain.valueSize();
                    drainHeap.add(new Growth.Point(events, Math.max(1, drain.peakOldGenerationGrowthBytes() >> 20)));
                }
                if (parts.contains("P5")) {
                    OutboxBenchmark.CommandLatency latency = outbox.commands(commands);
                    double with50 = OutboxBenchmark.percentile(latency.withOutbox(), 0.50);
                    double plain50 = OutboxBenchmark.percentile(latency.plain(), 0.50);
                    double with99 = OutboxBenchmark.percentile(latency.withOutbox(), 0.99);
                    double plain99 = OutboxBenchmark.percentile(latency.plain(), 0.99);
                    log(
                            "P5: with outbox p50 %.2f ms p99 %.2f ms; plain insert p50 %.2f ms p99 %.2f ms",
                            with50, with99, plain50, plain99);
                    table.add(Row.of(
                                    "P5",
                                    String.format(Locale.ROOT, "a command with the outbox, p99 of %,d", commands),
                                    with99,
                                    "ms",
                                    new Reference(plain99, "a plain insert of the same document, p99"),
                                    Goal.atMostTimesReference(1.25))
                            .noting(String.format(
                                    Locale.ROOT,
                                    "p50 %s ms against %s ms",
                                    Figures.number(with50),
                                    Figures.number(plain50))));
                }
                if (parts.contains("P2") || parts.contains("P3") || parts.contains("P4")) {
                    long onTopic = recordsOn(infrastructure.kafkaBootstrapServers(), topic);
                    double consumeRate = onTopic > 0 ? tools.consumerRate(topic, onTopic) : 0;
                    log("P2 reference: ConsumerPerformance %,.0f records/s over %,d records", consumeRate, onTopic);
                    try (ReportingBenchmark reporting =
                            ReportingBenchmark.consuming(infrastructure, "benchmark-reporting")) {
                        double projection = onTopic > 0 ? reporting.projectionRate(onTopic) : 0;
                        log("P2: projection %,.0f events/s", projection);
                        if (parts.contains("P2"))
                            table.add(Row.of(
                                    "P2",
                                    String.format(
                                            Locale.ROOT, "reporting's live projection of %,d registrations", onTopic),
                                    projection,
                                    "events/s",
                                    new Reference(consumeRate, "ConsumerPerformance on the same topic (fetch rate)"),
                                    Goal.atLeastShareOfReference(0.50)));
                        if (parts.contains("P3")) {
                            var rebuilt = reporting.rebuild();
                            double seconds = Duration.between(rebuilt.startedAt(), rebuilt.switchedAt())
                                            .toMillis()
                                    / 1e3;
                            double rebuildRate = rebuilt.replayed() / seconds;
                            log(
                                    "P3: rebuild of %,d records in %.1f s, %,.0f records/s",
                                    rebuilt.replayed(), seconds, rebuildRate);
                            table.add(Row.of(
                                    "P3",
                                    String.format(
                                            Locale.ROOT,
                                            "rebuild of every read model from %,d events",
                                            rebuilt.replayed()),
                                    rebuildRate,
                                    "events/s",
                                    new Reference(consumeRate, "the raw consume rate (ConsumerPerformance)"),
                                    Goal.atLeastShareOfReference(0.60)));
                        }
                        if (parts.contains("P4")) {
                            double[] reference = tools.endToEndLatency("benchmark.end-to-end", 1_000, valueSize);
                            double sustainable = outbox.sustainableRate(VISIBLE_COMMANDS, reporting::holdsFirm);
                            log("P4: the whole path sustains %,.0f commands/s", sustainable);
                            OutboxBenchmark.Visibility visibility =
                                    outbox.commandToVisibleAt(sustainable / 2, VISIBLE_COMMANDS, reporting::heldOf);
                            double[] visible = visibility.latency();
                            double visible50 = OutboxBenchmark.percentile(visible, 0.50);
                            double visible99 = OutboxBenchmark.percentile(visible, 0.99);
                            log(
                                    "P4: at %,.0f commands/s (asked %,.0f) command to read model p50 %.1f ms p99 %.1f ms;"
                                            + " EndToEndLatency p50 %.1f ms p99 %.1f ms",
                                    visibility.achievedRate(),
                                    sustainable / 2,
                                    visible50,
                                    visible99,
                                    reference[0],
                                    reference[1]);
                            table.add(Row.of(
                                            "P4",
                                            String.format(
                                                    Locale.ROOT,
                                                    "command → firm in reporting's read model, p99 of %,d at %,.0f commands/s"
                                                            + " (half the highest sustainable rate, %,.0f/s: as many"
                                                            + " commands as fast as one thread issues them, until the last"
                                                            + " is visible)",
                                                    VISIBLE_COMMANDS,
                                                    visibility.achievedRate(),
                                                    sustainable),
                                            visible99,
                                            "ms",
                                            new Reference(reference[1], "EndToEndLatency p99, acks=all"),
                                            Goal.atMost(100, "ms").andAtMostTimesReference(20))
                                    .noting(String.format(
                                            Locale.ROOT,
                                            "p50 %s ms; EndToEndLatency p50 %s ms",
                                            Figures.number(visible50),
                                            Figures.number(reference[0]))));
                        }
                    }
                }
            }
            List<Growth.Point> queryAfterChange = new ArrayList<>();
            if (parts.contains("P7"))
                try (ReportingBenchmark reporting = ReportingBenchmark.idle(infrastructure, "benchmark-indicators")) {
                    int loaded = 0;
                    for (int count : firms) {
                        var latency = reporting.indicatorQueryAt(count, loaded);
                        loaded = count;
                        double p99 = OutboxBenchmark.percentile(latency.afterChange(), 0.99);
                        double p50 = OutboxBenchmark.percentile(latency.afterChange(), 0.50);
                        double kept = OutboxBenchmark.percentile(latency.unchanged(), 0.99);
                        log(
                                "P7 %,d firms: after a change p50 %.1f ms p99 %.1f ms; unchanged p99 %.2f ms",
                                count, p50, p99, kept);
                        table.add(Row.absolute(
                                        "P7",
                                        String.format(
                                                Locale.ROOT, "indicator query at %,d firms, p99 after a change", count),
                                        p99,
                                        "ms",
                                        Goal.atMost(50, "ms"))
                                .noting(String.format(
                                        Locale.ROOT,
                                        "p50 %s ms; with nothing changed p99 %s ms",
                                        Figures.number(p50),
                                        Figures.number(kept))));
                        queryAfterChange.add(new Growth.Point(count, p50));
                    }
                }
            if (drainSeconds.size() > 1) {
                table.add(new Growth("P1 drain time", "events", "s", drainSeconds));
                table.add(new Growth("P1 old-generation growth while draining", "events", "MB", drainHeap));
            }
            if (queryAfterChange.size() > 1) {
                table.add(new Growth("P7 query after a change, p50", "firms", "ms", queryAfterChange));
            }
        }
        table.note(
                "P4 is timed until the firm is in reporting's read model, which the next indicator query reads; P6 (`./sti-local --demo` ready time"
                        + " and memory) is read from runs of the launcher, not measured here: see docs/performance.md.");
        table.note(String.format(
                Locale.ROOT,
                "Ran %s on %d cores, JDK %s, heap max %,d MB (%s), in %d s; parts %s; one embedded KRaft broker and"
                        + " the in-memory Mongo wire server in the same JVM; Kafka's tools as child JVMs. Rerun: `%s`.",
                started.truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName)
                        .collect(java.util.stream.Collectors.joining(", ")),
                Duration.between(started, Instant.now()).toSeconds(),
                ALL_PARTS.stream().filter(parts::contains).collect(java.util.stream.Collectors.joining(", ")),
                COMMAND));
        table.note("Load average at the end: "
                + String.format(
                        Locale.ROOT,
                        "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " (above the core count: other work shared the machine, so the figures are lower bounds).");
        return table;
    }

    /** Writes the table into {@code report} between the benchmark's markers, keeping the prose around them. */
    public static void write(Table table, Path report) throws IOException {
        String begin = "<!-- benchmark table: begin -->";
        String end = "<!-- benchmark table: end -->";
        String block = begin + "\n" + table.markdown() + end;
        String text = Files.exists(report) ? Files.readString(report) : "# Performance\n\n" + begin + "\n" + end + "\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < 0) {
            text = text + "\n" + block + "\n";
        } else {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        }
        Files.writeString(report, text);
    }

    private static long recordsOn(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            var description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            description
                    .partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(o -> o.offset())
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of " + topic, e);
        }
    }

    static int[] sizes(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "benchmark: " + format + "%n", args);
    }
}
