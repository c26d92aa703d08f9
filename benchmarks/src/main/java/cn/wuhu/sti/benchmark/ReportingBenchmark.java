package cn.wuhu.sti.benchmark;

import cn.wuhu.sti.reporting.ReportingApplication;
import cn.wuhu.sti.reporting.enterprise.model.SourceEvent;
import cn.wuhu.sti.reporting.enterprise.readmodel.FirmReadModel;
import cn.wuhu.sti.reporting.indicator.IndicatorQuery;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import cn.wuhu.sti.reporting.rebuild.ReadModelRebuild;
import cn.wuhu.sti.reporting.rebuild.ReadModelVersion;
import cn.wuhu.sti.reporting.rebuild.RebuildProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** P2, P3 and P7: reporting-service itself, started on the benchmark's broker and wire server. */
final class ReportingBenchmark implements AutoCloseable {

    private static final String FIRMS = "firms";
    private static final int YEAR = 2024;

    private final ConfigurableApplicationContext context;

    private ReportingBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Reporting consuming the topics, its read models in {@code database}. */
    static ReportingBenchmark consuming(Infrastructure infrastructure, String database) {
        return new ReportingBenchmark(start(infrastructure, database, true));
    }

    /** Reporting with its listeners stopped, for read models written directly. */
    static ReportingBenchmark idle(Infrastructure infrastructure, String database) {
        return new ReportingBenchmark(start(infrastructure, database, false));
    }

    private static ConfigurableApplicationContext start(
            Infrastructure infrastructure, String database, boolean listening) {
        return ReportingApplication.application()
                .run(
                        "--spring.config.name=" + ReportingApplication.CONFIG_NAME,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.kafka.consumer.group-id=" + database,
                        "--spring.kafka.listener.auto-startup=" + listening,
                        "--spring.mongodb.uri=" + infrastructure.mongoUri(database),
                        "--spring.mongodb.database=" + database,
                        "--sti.security.issuer=http://127.0.0.1:1",
                        "--logging.level.root=WARN");
    }

    /** Waits until the firms read model holds {@code firms} documents; the rate from the first one on. */
    double projectionRate(long firms) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        ReadModelGenerations generations = context.getBean(ReadModelGenerations.class);
        long[] first = new long[2];
        Awaitility.await("the projection's first firm")
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> count(mongo, generations) > 0);
        first[0] = System.nanoTime();
        first[1] = count(mongo, generations);
        Awaitility.await("the projection of every firm")
                .atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count(mongo, generations) >= firms);
        return (firms - first[1]) / ((System.nanoTime() - first[0]) / 1e9);
    }

    /**
     * Whether reporting's firm read model (what the enterprise indicators are computed from) holds the firm. A find by
     * {@code _id}: {@code exists} counts through an aggregation, which the wire server answers by scanning.
     */
    boolean holdsFirm(String uscc) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        String firms = context.getBean(ReadModelGenerations.class).toRead(FIRMS);
        return mongo.getCollection(firms)
                        .find(com.mongodb.client.model.Filters.eq("_id", uscc))
                        .limit(1)
                        .first()
                != null;
    }

    /** Which of the firms reporting's firm read model holds: one find by {@code _id $in}, answered by the index. */
    java.util.Set<String> heldOf(java.util.Collection<String> usccs) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        String firms = context.getBean(ReadModelGenerations.class).toRead(FIRMS);
        java.util.Set<String> held = new java.util.HashSet<>();
        mongo.getCollection(firms)
                .find(com.mongodb.client.model.Filters.in("_id", usccs))
                .projection(com.mongodb.client.model.Projections.include("_id"))
                .forEach(document -> held.add(document.getString("_id")));
        return held;
    }

    /** Rebuilds every read model from the topics, waits for the switch; records replayed per second. */
    RebuildProgress rebuild() {
        ReadModelRebuild rebuild = context.getBean(ReadModelRebuild.class);
        rebuild.rebuild();
        Awaitility.await("the rebuild's switch")
                .atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> rebuild.progress().state() == RebuildProgress.State.IDLE
                        && rebuild.progress().switchedAt() != null);
        return rebuild.progress();
    }

    /** What the indicator query took at one number of firms, in milliseconds. */
    record QueryLatency(int firms, double loadSeconds, double[] afterChange, double[] unchanged) {}

    /**
     * Registers and recognises firms up to {@code firms}, then times the year's indicators: after each of 200 changes
     * (one more firm: computed afresh) and 200 times with nothing changed (the answer kept).
     */
    QueryLatency indicatorQueryAt(int firms, int alreadyLoaded) {
        FirmReadModel model = context.getBean(FirmReadModel.class);
        ReadModelVersion version = context.getBean(ReadModelVersion.class);
        IndicatorQuery query = context.getBean(IndicatorQuery.class);
        long started = System.nanoTime();
        // Four writers, as the wire server has four worker threads: loading is not what P7 measures.
        java.util.concurrent.ForkJoinPool loaders = new java.util.concurrent.ForkJoinPool(4);
        try {
            loaders.submit(() -> java.util.stream.IntStream.range(alreadyLoaded, firms)
                            .parallel()
                            .forEach(n -> addFirm(model, n)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Loading the firms failed", e.getCause());
        } finally {
            loaders.shutdown();
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        version.bump();
        timed(query);
        double[] afterChange = new double[200];
        for (int i = 0; i < afterChange.length; i++) {
            addFirm(model, 9_000_000 + firms + i);
            version.bump();
            afterChange[i] = timed(query);
        }
        double[] unchanged = new double[200];
        for (int i = 0; i < unchanged.length; i++) {
            unchanged[i] = timed(query);
        }
        Arrays.sort(afterChange);
        Arrays.sort(unchanged);
        return new QueryLatency(firms, loadSeconds, afterChange, unchanged);
    }

    private static void addFirm(FirmReadModel model, int n) {
        String uscc = Events.uscc(99, n);
        model.apply(Events.registered(uscc, n), source("registered"));
        model.apply(Events.highTech(uscc, n, YEAR), source("recognized"));
    }

    private static double timed(IndicatorQuery query) {
        long started = System.nanoTime();
        List<?> indicators = new ArrayList<>(query.of(YEAR, Optional.empty()));
        double millis = (System.nanoTime() - started) / 1e6;
        if (indicators.isEmpty()) {
            throw new IllegalStateException("No indicators for " + YEAR);
        }
        return millis;
    }

    private static long count(MongoTemplate mongo, ReadModelGenerations generations) {
        return mongo.getCollection(generations.toRead(FIRMS)).estimatedDocumentCount();
    }

    private static SourceEvent source(String type) {
        return new SourceEvent(UUID.randomUUID().toString(), "cn.wuhu.sti.enterprise." + type + ".v1");
    }

    @Override
    public void close() {
        context.close();
    }
}
