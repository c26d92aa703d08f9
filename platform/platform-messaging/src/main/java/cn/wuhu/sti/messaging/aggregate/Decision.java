package cn.wuhu.sti.messaging.aggregate;

import cn.wuhu.sti.events.DomainEvent;
import java.util.List;

/**
 * What a command decided about one aggregate: its new state, the events that record the change, and what the
 * caller gets back (usually the event). Without a document nothing is written.
 */
public record Decision<D, R>(D document, List<? extends DomainEvent> events, R result) {

    public Decision {
        events = List.copyOf(events);
        if (document == null && !events.isEmpty()) {
            throw new IllegalArgumentException("Events without a new state would never be stored: " + events);
        }
    }

    /** Nothing to change: the aggregate already says what the command asks for (a re-sent event, say). */
    public static <D, R> Decision<D, R> unchanged(R result) {
        return new Decision<>(null, List.of(), result);
    }

    public boolean changes() {
        return document != null;
    }

    /** The common case: one event, which is also what the caller gets back. */
    public static <D, E extends DomainEvent> Decision<D, E> of(D document, E event) {
        return new Decision<>(document, List.of(event), event);
    }
}
