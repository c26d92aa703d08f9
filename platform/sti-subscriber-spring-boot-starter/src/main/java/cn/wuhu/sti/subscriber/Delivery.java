package cn.wuhu.sti.subscriber;

import java.time.OffsetDateTime;

/**
 * How an event reached the handler: its CloudEvents attributes, where it was read, and whether this subscriber meets
 * it for the first time.
 */
public record Delivery(
        String eventId,
        String source,
        OffsetDateTime time,
        String topic,
        int partition,
        long offset,
        Kind kind,
        String redrivenFrom) {

    public enum Kind {
        /** The subscriber has not handled this {@code ce_id} before. */
        FIRST,
        /**
         * The subscriber may have handled it before: it read the event again (a re-send, an offset reset), or it
         * stopped while handling it last time. Act idempotently.
         */
        REPLAY,
        /** An operator sent it back from a dead-letter topic ({@code redrivenFrom} names the record there). */
        REDRIVE
    }

    public boolean isFirst() {
        return kind == Kind.FIRST;
    }
}
