package cn.wuhu.sti.messaging.outbox;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published. It is written in the same single-document update
 * as the state change that caused it, so the two can never disagree; {@code id} becomes {@code ce_id} and stays
 * the same however often the relay has to send it. {@code traceparent} is the W3C trace context of the work that
 * wrote it (an HTTP request, a consumed event), or null: the relay sends it as the CloudEvents distributed-tracing
 * extension, so the event's consumers continue that trace.
 */
public record OutboxEntry(
        String eventId, String type, String topic, String key, Instant time, String data, String traceparent) {

    /** The field of the aggregate document that holds its pending entries, oldest first. */
    public static final String FIELD = "outbox";

    // Not "id": Spring Data would map that to "_id" inside the embedded document.

    public static OutboxEntry of(DomainEvent event, String id, Instant time, String traceparent) {
        var type = EventCatalog.of(event);
        return new OutboxEntry(
                id,
                type.type(),
                type.topic(),
                event.aggregateId(),
                time,
                new String(EventCodec.toJson(event), StandardCharsets.UTF_8),
                traceparent);
    }
}
