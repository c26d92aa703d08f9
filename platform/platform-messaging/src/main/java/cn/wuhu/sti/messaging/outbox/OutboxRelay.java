package cn.wuhu.sti.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.wuhu.sti.messaging.CloudEventMapper;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents, then removes them from those documents.
 *
 * <p>Entries of one document go out in the order they were appended and under the aggregate id as key, so one
 * aggregate's events keep their order on the topic. Only after the broker has acknowledged a batch (idempotent
 * producer, {@code acks=all}) are its entries pulled from the documents; a crash in between re-sends them with
 * the same {@code ce_id}, which subscribers are required to tolerate. The relay is woken right after each write
 * and also polls, and after a restart it resumes from whatever is still in the documents.
 *
 * <p>A wake-up names the document written, so the relay reads just that document by id; the poll scans for any
 * document with pending entries (an index on {@code outbox.0} makes that cheap on MongoDB; the in-process wire
 * server scans, which is why per-write scans are avoided).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Where entries that can never be published are kept, with the reason, for an operator to look at. */
    public static final String FAILED_FIELD = "outboxFailed";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxProperties properties;
    private final OutboxLease lease;
    private final String instanceId;
    private final Counter published;
    private final Counter setAside;
    private final OutboxTracing tracing;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Queue<OutboxAppended> written = new ConcurrentLinkedQueue<>();
    private long lastScan;
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, CloudEvent> kafka,
            OutboxProperties properties,
            Clock clock,
            String instanceId,
            MeterRegistry meters,
            OutboxTracing tracing) {
        this.mongo = mongo;
        this.tracing = tracing;
        this.kafka = kafka;
        this.properties = properties;
        this.instanceId = instanceId;
        this.lease = new OutboxLease(mongo, clock, instanceId, properties.lease());
        this.published = Counter.builder("sti.outbox.published")
                .description("Events the outbox relay has handed to Kafka and seen acknowledged")
                .register(meters);
        this.setAside = Counter.builder("sti.outbox.set-aside")
                .description("Outbox entries that could never be published, moved to the outboxFailed field")
                .register(meters);
        this.lastScan = System.nanoTime() - properties.pollInterval().toNanos();
    }

    @EventListener
    public void onAppended(OutboxAppended appended) {
        written.add(appended);
        wakeUps.release();
    }

    /**
     * Publishes everything pending now, in batches; returns how many events went out. The batches overlap: the next
     * is read and handed to the producer while the broker acknowledges the one before, which is then pulled from its
     * documents. A document in flight is left out of the next read, so no entry is sent twice by one relay unless
     * its batch failed.
     */
    public int relayPending() {
        int total = 0;
        for (String collection : properties.collections()) {
            InFlight inFlight = InFlight.NONE;
            int settled = -1;
            // Renewed before every batch, so a long backlog never outlives the lease; stopped when the broker takes
            // nothing of a batch (it is down): the next poll tries again.
            while (settled != 0 && lease.acquire(collection)) {
                List<Document> batch = pendingBeside(collection, inFlight);
                InFlight next = send(collection, batch);
                settled = settle(collection, inFlight);
                total += Math.max(0, settled);
                inFlight = next;
                if (batch.size() < properties.batchSize()) {
                    break;
                }
            }
            total += Math.max(0, settle(collection, inFlight));
        }
        return total;
    }

    /**
     * Up to a batch of documents with pending entries, none of those still in flight. They are asked for beside the
     * in-flight ones and those dropped here, which needs no query the store might not answer from its index.
     */
    private List<Document> pendingBeside(String collection, InFlight inFlight) {
        return mongo.find(pendingQuery(properties.batchSize() + inFlight.size()), Document.class, collection).stream()
                .filter(document -> !inFlight.contains(document.get("_id")))
                .limit(properties.batchSize())
                .toList();
    }

    /** The name under which this relay holds its leases. */
    public String instanceId() {
        return instanceId;
    }

    /** How many events wait in the outboxes of this service's collections. */
    public long pendingCount() {
        long pending = 0;
        for (String collection : properties.collections()) {
            List<Document> docs = mongo.find(pendingQuery(Integer.MAX_VALUE), Document.class, collection);
            pending += docs.stream()
                    .mapToLong(d -> d.getList(OutboxEntry.FIELD, Document.class).size())
                    .sum();
        }
        return pending;
    }

    /** Publishes what the writes announced since the last round; returns how many events went out. */
    int relayWritten() {
        Map<String, Set<Object>> ids = new LinkedHashMap<>();
        for (OutboxAppended appended; (appended = written.poll()) != null; ) {
            ids.computeIfAbsent(appended.collection(), c -> new LinkedHashSet<>())
                    .add(appended.aggregateId());
        }
        int total = 0;
        for (var entry : ids.entrySet()) {
            String collection = entry.getKey();
            List<Object> pending = new ArrayList<>(entry.getValue());
            for (int from = 0; from < pending.size(); from += properties.batchSize()) {
                if (!properties.collections().contains(collection) || !lease.acquire(collection)) {
                    break;
                }
                var batch = pending.subList(from, Math.min(pending.size(), from + properties.batchSize()));
                // By id alone: the in-process wire server uses its index only for a query on _id and nothing else.
                Query query = query(where("_id").in(batch));
                query.fields().include(OutboxEntry.FIELD);
                List<Document> documents = mongo.find(query, Document.class, collection).stream()
                        .filter(document -> !document.getList(OutboxEntry.FIELD, Document.class, List.of())
                                .isEmpty())
                        .toList();
                total += relay(collection, documents);
            }
        }
        return total;
    }

    /** Sends the documents' entries and waits for the broker, then pulls what it acknowledged. */
    private int relay(String collection, List<Document> documents) {
        return Math.max(0, settle(collection, send(collection, documents)));
    }

    /**
     * Waits, at most {@code sendTimeout}, for the broker to acknowledge what is in flight, then pulls from each
     * document the entries acknowledged, all of them or none; the others stay pending and are sent again, whole.
     * Returns how many events went out, or -1 when nothing was in flight.
     */
    private int settle(String collection, InFlight inFlight) {
        if (inFlight.isEmpty()) {
            return -1;
        }
        Map<Object, List<String>> acknowledged = acknowledged(inFlight);
        markSent(collection, acknowledged);
        int count = acknowledged.values().stream().mapToInt(List::size).sum();
        published.increment(count);
        if (acknowledged.size() < inFlight.size()) {
            log.warn(
                    "{} of {} documents in {} were not acknowledged by the broker; they will be sent again",
                    inFlight.size() - acknowledged.size(),
                    inFlight.size(),
                    collection);
        }
        return count;
    }

    /**
     * Hands every entry of the documents to the producer without waiting for the broker. An entry that can never be
     * sent (its type no longer in the catalog) is set aside rather than blocking the rest.
     */
    private InFlight send(String collection, List<Document> documents) {
        Map<Object, List<String>> eventIds = new LinkedHashMap<>();
        Map<Object, CompletableFuture<Void>> acks = new LinkedHashMap<>();
        for (Document document : documents) {
            Object id = document.get("_id");
            List<String> ids = new ArrayList<>();
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Document raw : document.getList(OutboxEntry.FIELD, Document.class)) {
                OutboxEntry entry;
                CloudEvent event;
                try {
                    entry = mongo.getConverter().read(OutboxEntry.class, raw);
                    event = CloudEventMapper.toCloudEvent(entry, properties.source());
                } catch (RuntimeException unpublishable) {
                    setAside(collection, id, raw, unpublishable);
                    continue;
                }
                sends.add(send(entry, event));
                ids.add(entry.eventId());
            }
            eventIds.put(id, ids);
            acks.put(id, CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)));
        }
        return new InFlight(eventIds, acks);
    }

    /** The ids of the documents all of whose entries the broker acknowledged, with those entries' event ids. */
    private Map<Object, List<String>> acknowledged(InFlight inFlight) {
        try {
            CompletableFuture.allOf(inFlight.acks().values().toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxRelayException("Interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Not every send of the batch was acknowledged", e);
        }
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        inFlight.acks().forEach((id, ack) -> {
            if (ack.isDone() && !ack.isCompletedExceptionally()) {
                acknowledged.put(id, inFlight.eventIds().get(id));
            }
        });
        return acknowledged;
    }

    private CompletableFuture<?> send(OutboxEntry entry, CloudEvent event) {
        try {
            return tracing.send(entry, () -> kafka.send(entry.topic(), entry.key(), event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void setAside(String collection, Object id, Document entry, RuntimeException reason) {
        log.error(
                "Outbox entry {} of {} {} cannot be published and is moved to {}: {}",
                entry.get("eventId"),
                collection,
                id,
                FAILED_FIELD,
                reason.getMessage());
        mongo.updateFirst(
                query(where("_id").is(id)),
                new BasicUpdate(new Document(
                                "$pull", new Document(OutboxEntry.FIELD, new Document("eventId", entry.get("eventId"))))
                        .append(
                                "$push",
                                new Document(
                                        FAILED_FIELD,
                                        new Document("entry", entry)
                                                .append("reason", String.valueOf(reason.getMessage()))))),
                collection);
        setAside.increment();
    }

    /** Removes exactly the sent entries; entries appended meanwhile stay for the next round. */
    protected void markSent(String collection, Map<Object, List<String>> sentIds) {
        if (sentIds.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        sentIds.forEach((id, eventIds) -> bulk.updateOne(
                query(where("_id").is(id)),
                new BasicUpdate(new Document(
                        "$pull",
                        new Document(OutboxEntry.FIELD, new Document("eventId", new Document("$in", eventIds)))))));
        bulk.execute();
    }

    private static Query pendingQuery(int limit) {
        Query query = query(where(OutboxEntry.FIELD + ".0").exists(true)).limit(limit);
        query.fields().include(OutboxEntry.FIELD);
        return query;
    }

    /** A batch handed to the producer: per document, its entries' event ids and the broker's acknowledgement of all. */
    private record InFlight(Map<Object, List<String>> eventIds, Map<Object, CompletableFuture<Void>> acks) {

        static final InFlight NONE = new InFlight(Map.of(), Map.of());

        boolean contains(Object id) {
            return acks.containsKey(id);
        }

        int size() {
            return acks.size();
        }

        boolean isEmpty() {
            return acks.isEmpty();
        }
    }

    private void loop() {
        while (running) {
            try {
                relayWritten();
                if (System.nanoTime() - lastScan >= properties.pollInterval().toNanos()) {
                    relayPending();
                    lastScan = System.nanoTime();
                }
                wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed; retrying after {}", properties.pollInterval(), e);
                try {
                    Thread.sleep(properties.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
            try {
                current.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
        try {
            lease.releaseAll();
        } catch (RuntimeException e) {
            log.warn("Could not release the outbox leases; another instance takes over when they expire", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.autoStartup();
    }

    @Override
    public int getPhase() {
        // Start after the web server and Kafka are up, stop before them.
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
