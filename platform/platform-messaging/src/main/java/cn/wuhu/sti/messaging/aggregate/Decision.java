package cn.wuhu.sti.messaging.aggregate;

import cn.wuhu.sti.events.DomainEvent;
import java.util.List;

/**
 * What a command decided about one aggregate: its new state, the events that record the change, and what the
 * caller gets back (usually the event).
 */
public record Decision<D, R>(D document, List<? extends DomainEvent> events, R result) {

    public Decision {
        events = List.copyOf(events);
    }

    /** The common case: one event, which is also what the caller gets back. */
    public static <D, E extends DomainEvent> Decision<D, E> of(D document, E event) {
        return new Decision<>(document, List.of(event), event);
    }
}
