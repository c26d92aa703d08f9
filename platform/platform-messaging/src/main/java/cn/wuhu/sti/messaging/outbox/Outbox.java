package cn.wuhu.sti.messaging.outbox;

import cn.wuhu.sti.events.DomainEvent;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.util.IdGenerator;

/**
 * What an application service uses to put events in the outbox: it turns events into entries to push onto the
 * aggregate document in the same update as the state change, and wakes the relay once that update is committed.
 */
public class Outbox {

    private final Clock clock;
    private final IdGenerator ids;
    private final ApplicationEventPublisher publisher;
    private final OutboxTracing tracing;

    public Outbox(Clock clock, IdGenerator ids, ApplicationEventPublisher publisher, OutboxTracing tracing) {
        this.clock = clock;
        this.ids = ids;
        this.publisher = publisher;
        this.tracing = tracing;
    }

    /** The entries of {@code events}, stamped with the time and the trace of the work writing them. */
    public List<OutboxEntry> entriesFor(List<? extends DomainEvent> events) {
        var now = clock.instant();
        var traceparent = tracing.currentTraceparent();
        return events.stream()
                .map(event -> OutboxEntry.of(event, ids.generateId().toString(), now, traceparent))
                .toList();
    }

    /** Adds the entries to an update of the aggregate document, after any already pending. */
    public Update append(Update update, List<OutboxEntry> entries) {
        return update.push(OutboxEntry.FIELD).each(entries.toArray());
    }

    /** Tells the relay that a write to document {@code aggregateId} of {@code collection} committed new entries. */
    public void committed(String collection, Object aggregateId) {
        publisher.publishEvent(new OutboxAppended(collection, aggregateId));
    }
}
