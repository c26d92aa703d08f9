package cn.wuhu.sti.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The events waiting in each outbox collection, as two gauges per collection: {@code sti.outbox.pending} (entries
 * not yet acknowledged by the broker) and {@code sti.outbox.oldest.age} (seconds since the oldest of them was
 * written; 0 when none waits). Both grow while the broker is away or the relay is stopped, and fall to 0 once it
 * has caught up. One read of the pending documents serves every gauge of a collection for a second.
 */
public class OutboxBacklog {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    public OutboxBacklog(MongoTemplate mongo, Clock clock, OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        for (String collection : properties.collections()) {
            Gauge.builder("sti.outbox.pending", () -> of(collection).pending())
                    .description("Events written to the outbox and not yet acknowledged by the broker")
                    .tag("collection", collection)
                    .register(meters);
            Gauge.builder("sti.outbox.oldest.age", () -> of(collection).oldestAgeSeconds())
                    .description("Age of the oldest event waiting in the outbox; 0 when none waits")
                    .baseUnit("seconds")
                    .tag("collection", collection)
                    .register(meters);
        }
    }

    /** The backlog of {@code collection} now, at most a second old. */
    public Snapshot of(String collection) {
        return snapshots.compute(collection, (name, last) -> last != null && last.isFresh() ? last : read(name));
    }

    private Snapshot read(String collection) {
        Query query = query(where(OutboxEntry.FIELD + ".0").exists(true));
        query.fields().include(OutboxEntry.FIELD + ".time");
        long pending = 0;
        Instant oldest = null;
        // Streamed through the driver's cursor, so a scrape during a backlog of any size holds one batch at a time.
        try (var documents = mongo.stream(query, Document.class, collection)) {
            for (var it = documents.iterator(); it.hasNext(); ) {
                for (Document entry : it.next().getList(OutboxEntry.FIELD, Document.class, List.of())) {
                    pending++;
                    Instant time = entry.get("time") instanceof Date date ? date.toInstant() : null;
                    if (time != null && (oldest == null || time.isBefore(oldest))) {
                        oldest = time;
                    }
                }
            }
        }
        Instant now = clock.instant();
        double age =
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        return new Snapshot(pending, age, System.nanoTime());
    }

    /** Pending entries of one collection and the age of the oldest, in seconds, as read at {@code readAt}. */
    public record Snapshot(long pending, double oldestAgeSeconds, long readAt) {

        boolean isFresh() {
            return System.nanoTime() - readAt < FRESH_FOR.toNanos();
        }
    }
}
