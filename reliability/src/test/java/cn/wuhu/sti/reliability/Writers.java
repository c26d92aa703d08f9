package cn.wuhu.sti.reliability;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.launcher.PlatformClient;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Concurrent callers of the public API through the gateway, with a real token: each registers a new firm and then
 * records a high-tech recognition for it, and remembers every write answered {@code 201}. They keep going through
 * crashes and outages (a refused connection is retried a moment later, a token the restarted issuer no longer
 * knows is replaced), as a department's batch job would.
 */
final class Writers implements AutoCloseable {

    static final int YEAR = 2025;

    /** Organisation codes not used before in this JVM: a counter from a random start. */
    private static final AtomicLong SERIAL =
            new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L));

    private final String gateway;
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> acknowledgedFirms = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedRecognitions = ConcurrentHashMap.newKeySet();
    private final Map<String, Answers> answers = new ConcurrentHashMap<>();
    private volatile PlatformClient client;
    private volatile boolean running = true;

    private Writers(String gateway) {
        this.gateway = gateway;
    }

    static Writers start(String gateway, int count) {
        Writers writers = new Writers(gateway);
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(writers::write, "writer-" + i);
            thread.setDaemon(true);
            writers.threads.add(thread);
            thread.start();
        }
        return writers;
    }

    private void write() {
        while (running) {
            String uscc = nextUscc();
            int registered = call("register", "/api/enterprises", registration(uscc));
            if (registered == 201) {
                acknowledgedFirms.add(uscc);
                if (call("recognize", "/api/enterprises/" + uscc + "/recognitions", recognition(uscc)) == 201) {
                    acknowledgedRecognitions.add(uscc);
                }
            }
        }
    }

    /** One POST; the status it was answered with, or -1 when no answer came. */
    private int call(String what, String path, Map<String, Object> body) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client().post(path, body);
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean problem =
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            answers.computeIfAbsent(what + " " + response.statusCode(), key -> new Answers())
                    .add(millis, problem);
            if (response.statusCode() == 401) {
                client = null;
            } else if (response.statusCode() >= 500) {
                pause();
            }
            return response.statusCode();
        } catch (RuntimeException noAnswer) {
            answers.computeIfAbsent(what + " no answer", key -> new Answers())
                    .add((System.nanoTime() - started) / 1_000_000, false);
            client = null;
            pause();
            return -1;
        }
    }

    private PlatformClient client() {
        PlatformClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = PlatformClient.as(gateway, "bureau-admin", "bureau-admin-secret");
                }
                current = client;
            }
        }
        return current;
    }

    private static Map<String, Object> registration(String uscc) {
        int n = Math.floorMod(uscc.hashCode(), 1000);
        return Map.of(
                "uscc",
                uscc,
                "name",
                "Reliability Firm " + uscc.substring(8, 17),
                "district",
                District.values()[n % District.values().length].name(),
                "industry",
                Industry.values()[n % Industry.values().length].name(),
                "registeredOn",
                "2020-01-15");
    }

    private static Map<String, Object> recognition(String uscc) {
        return Map.of(
                "tier", "HIGH_TECH",
                "certificateNo", "GR" + YEAR + uscc.substring(8, 17),
                "recognizedOn", YEAR + "-06-01",
                "validUntil", (YEAR + 3) + "-05-31");
    }

    static String nextUscc() {
        String first17 = "91340200" + String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        return first17 + Uscc.checkCharacterOf(first17);
    }

    /** Lets the load run on for {@code duration}: the time a fault lands in, not a wait for some condition. */
    void keepGoingFor(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Set<String> acknowledgedFirms() {
        return Set.copyOf(acknowledgedFirms);
    }

    Set<String> acknowledgedRecognitions() {
        return Set.copyOf(acknowledgedRecognitions);
    }

    /** The answers so far, by call and status: count, slowest, and whether all were problem+json. */
    Map<String, Answers> answers() {
        return new TreeMap<>(answers);
    }

    long acknowledgedWrites() {
        return acknowledgedFirms.size() + acknowledgedRecognitions.size();
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(45_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How one kind of answer went. */
    static final class Answers {
        private final LongAdder count = new LongAdder();
        private final LongAdder problemJson = new LongAdder();
        private final LongAccumulator slowestMillis = new LongAccumulator(Math::max, 0);

        void add(long millis, boolean problem) {
            count.increment();
            slowestMillis.accumulate(millis);
            if (problem) {
                problemJson.increment();
            }
        }

        long count() {
            return count.sum();
        }

        long slowestMillis() {
            return slowestMillis.get();
        }

        boolean allProblemJson() {
            return problemJson.sum() == count.sum();
        }

        @Override
        public String toString() {
            return count() + " (slowest " + slowestMillis() + " ms" + (allProblemJson() ? ", problem+json" : "") + ")";
        }
    }
}
