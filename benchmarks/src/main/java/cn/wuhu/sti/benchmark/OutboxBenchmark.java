package cn.wuhu.sti.benchmark;

import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * P1 and P5: the platform's write side (platform-messaging's outbox, its relay and the shared store settings) in a
 * Spring context of its own, on the benchmark's broker and wire server.
 */
final class OutboxBenchmark implements AutoCloseable {

    static final String BACKLOG = "bench_backlog";
    static final String COMMANDS = "bench_commands";
    static final String PLAIN = "bench_plain";

    private static final int INSERT_BATCH = 1_000;

    private final ConfigurableApplicationContext context;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Outbox outbox;
    private int run;

    OutboxBenchmark(Infrastructure infrastructure) {
        context = new SpringApplicationBuilder(WriteSide.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run(
                        "--spring.config.name=benchmark-write-side",
                        "--spring.main.banner-mode=off",
                        "--spring.application.name=benchmark",
                        "--spring.mongodb.uri=" + infrastructure.mongoUri("benchmark"),
                        "--spring.mongodb.database=benchmark",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--sti.outbox.enabled=true",
                        "--sti.outbox.source=/sti/benchmark",
                        "--sti.outbox.collections=" + BACKLOG + "," + COMMANDS,
                        "--sti.outbox.auto-startup=false",
                        "--logging.level.root=WARN");
        mongo = context.getBean(MongoTemplate.class);
        relay = context.getBean(OutboxRelay.class);
        outbox = context.getBean(Outbox.class);
    }

    /** What draining one backlog took. */
    record Drain(int events, double seconds, long peakOldGenerationGrowthBytes, int valueSize) {
        double rate() {
            return events / seconds;
        }
    }

    /** Fills the outboxes of {@code events} documents, one event each, then lets the relay send them all. */
    Drain drainBacklogOf(int events) {
        run++;
        mongo.dropCollection(BACKLOG);
        mongo.indexOps(BACKLOG).createIndex(new Index(OutboxEntry.FIELD + ".0", Sort.Direction.ASC).sparse());
        List<Document> batch = new ArrayList<>();
        int valueSize = 0;
        for (int n = 0; n < events; n++) {
            String uscc = Events.uscc(run, n);
            EnterpriseRegistered event = Events.registered(uscc, n);
            valueSize = Events.valueSize(event);
            Document document = stateOf(event);
            document.put("_id", uscc);
            document.put("version", 0L);
            document.put(
                    OutboxEntry.FIELD,
                    outbox.entriesFor(List.of(event)).stream().map(this::bson).toList());
            batch.add(document);
            if (batch.size() == INSERT_BATCH || n == events - 1) {
                mongo.getCollection(BACKLOG).insertMany(batch);
                batch.clear();
            }
        }
        System.gc();
        long baseline = liveHeap();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean draining = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (draining.get()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
            }
        });
        sampler.start();
        long started = System.nanoTime();
        int sent = 0;
        while (sent < events) {
            int round = relay.relayPending();
            if (round == 0) {
                throw new IllegalStateException("The relay stopped after " + sent + " of " + events);
            }
            sent += round;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        draining.set(false);
        join(sampler);
        if (relay.pendingCount() != 0) {
            throw new IllegalStateException("Events left in the outbox after the drain");
        }
        return new Drain(sent, seconds, peak.get() - baseline, valueSize);
    }

    /** Latencies in milliseconds of one command through the outbox and of the plain insert of the same document. */
    record CommandLatency(double[] withOutbox, double[] plain) {}

    /** {@code commands} registrations, alternately through the aggregate store (with the relay running) and plain. */
    CommandLatency commands(int commands) {
        run++;
        AggregateStore<BenchFirm> store = context.getBean(AggregateStores.class).of(BenchFirm.class, "firm");
        mongo.indexOps(COMMANDS).createIndex(new Index(OutboxEntry.FIELD + ".0", Sort.Direction.ASC).sparse());
        relay.start();
        try {
            double[] withOutbox = new double[commands];
            double[] plain = new double[commands];
            for (int n = 0; n < commands; n++) {
                String uscc = Events.uscc(run, n);
                EnterpriseRegistered event = Events.registered(uscc, n);
                BenchFirm firm = new BenchFirm(
                        event.name(), event.district().name(), event.industry().name());
                long started = System.nanoTime();
                store.insert(uscc, firm, List.of(event));
                withOutbox[n] = (System.nanoTime() - started) / 1e6;
                Document same = stateOf(event);
                same.put("_id", uscc);
                started = System.nanoTime();
                mongo.insert(same, PLAIN);
                plain[n] = (System.nanoTime() - started) / 1e6;
            }
            org.awaitility.Awaitility.await("the commands' events relayed")
                    .atMost(java.time.Duration.ofMinutes(2))
                    .until(() -> relay.pendingCount() == 0);
            Arrays.sort(withOutbox);
            Arrays.sort(plain);
            return new CommandLatency(withOutbox, plain);
        } finally {
            relay.stop();
        }
    }

    /**
     * The highest rate the whole path sustains, command → relay → broker → projection: {@code commands}
     * registrations issued as fast as one thread can, the relay and reporting running beside them, divided by the
     * time until the last is visible.
     */
    double sustainableRate(int commands, java.util.function.Predicate<String> visible) {
        run++;
        AggregateStore<BenchFirm> store = context.getBean(AggregateStores.class).of(BenchFirm.class, "firm");
        relay.start();
        try {
            long started = System.nanoTime();
            for (int n = 0; n < commands; n++) {
                register(store, run, n);
            }
            for (int n = 0; n < commands; n++) {
                String uscc = Events.uscc(run, n);
                org.awaitility.Awaitility.await("firm " + uscc + " in reporting's read model")
                        .atMost(java.time.Duration.ofMinutes(2))
                        .pollDelay(java.time.Duration.ZERO)
                        .pollInterval(java.time.Duration.ofMillis(1))
                        .until(() -> visible.test(uscc));
            }
            return commands / ((System.nanoTime() - started) / 1e9);
        } finally {
            relay.stop();
        }
    }

    /** What P4 measured: each command's time until visible, in milliseconds (sorted), and the rate achieved. */
    record Visibility(double[] latency, double achievedRate) {}

    /**
     * P4: {@code commands} registrations through the aggregate store at {@code rate} a second (paced from one thread;
     * a command that falls behind its schedule goes at once), the relay running, each timed from its start until
     * {@code visible} names the firm. A second thread asks, with one query, for all the firms issued and not yet
     * seen, so a latency is at most one such look (and a fifth of a millisecond) later than the truth, and the
     * watcher's load stays one query per look whatever the number waiting.
     */
    Visibility commandToVisibleAt(
            double rate,
            int commands,
            java.util.function.Function<java.util.Collection<String>, java.util.Set<String>> visible) {
        run++;
        AggregateStore<BenchFirm> store = context.getBean(AggregateStores.class).of(BenchFirm.class, "firm");
        java.util.concurrent.ConcurrentLinkedQueue<long[]> issued = new java.util.concurrent.ConcurrentLinkedQueue<>();
        double[] latency = new double[commands];
        AtomicBoolean issuing = new AtomicBoolean(true);
        int round = run;
        Thread watcher = new Thread(() -> {
            Map<String, long[]> waiting = new java.util.HashMap<>();
            int seen = 0;
            while (seen < commands) {
                for (long[] next; (next = issued.poll()) != null; ) {
                    waiting.put(Events.uscc(round, (int) next[0]), next);
                }
                if (!waiting.isEmpty()) {
                    for (String uscc : visible.apply(List.copyOf(waiting.keySet()))) {
                        long[] command = waiting.remove(uscc);
                        latency[(int) command[0]] = (System.nanoTime() - command[1]) / 1e6;
                        seen++;
                    }
                }
                if (waiting.isEmpty() && !issuing.get() && issued.isEmpty()) {
                    break;
                }
                // A fifth of a millisecond between looks, so the watcher does not take a core from what it times.
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            }
        });
        relay.start();
        watcher.start();
        try {
            long interval = (long) (1e9 / rate);
            long started = System.nanoTime();
            for (int n = 0; n < commands; n++) {
                long due = started + n * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                long commandStarted = System.nanoTime();
                register(store, round, n);
                issued.add(new long[] {n, commandStarted});
            }
            double achieved = commands / ((System.nanoTime() - started) / 1e9);
            issuing.set(false);
            watcher.join(java.time.Duration.ofMinutes(2).toMillis());
            if (watcher.isAlive()) {
                throw new IllegalStateException("Not every firm of P4 reached reporting's read model in 2 minutes");
            }
            Arrays.sort(latency);
            return new Visibility(latency, achieved);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            issuing.set(false);
            relay.stop();
        }
    }

    /** The command P4 times: the registration of firm {@code n} of a round, through the aggregate store. */
    private static void register(AggregateStore<BenchFirm> store, int round, int n) {
        String uscc = Events.uscc(round, n);
        EnterpriseRegistered event = Events.registered(uscc, n);
        store.insert(
                uscc,
                new BenchFirm(
                        event.name(), event.district().name(), event.industry().name()),
                List.of(event));
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /**
     * The old generation's use: what outlives the young collections. The relay's batches die young; a relay that held
     * the backlog would show here as it grows.
     */
    private static long liveHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getUsage().getUsed())
                .sum();
    }

    private Document stateOf(EnterpriseRegistered event) {
        return new Document("name", event.name())
                .append("district", event.district().name())
                .append("industry", event.industry().name());
    }

    private Document bson(Object entry) {
        Document bson = new Document();
        mongo.getConverter().write(entry, bson);
        return bson;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        context.close();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WriteSide {}
}
