package cn.wuhu.sti.messaging;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.EventType;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Maps the contract's event records to CloudEvents 1.0 and back, with the CloudEvents Java SDK. */
public final class CloudEventMapper {

    public static final String JSON = "application/json";
    private static final URI SCHEMA_BASE = URI.create("https://sti.wuhu.cn/events/");

    public static CloudEvent toCloudEvent(DomainEvent event, String id, URI source, OffsetDateTime time) {
        EventType type = EventCatalog.of(event);
        return build(type, id, source, event.aggregateId(), time, EventCodec.toJson(event));
    }

    public static CloudEvent toCloudEvent(OutboxEntry entry, URI source) {
        EventType type = EventCatalog.byType(entry.type())
                .orElseThrow(() -> new IllegalStateException("Outbox holds an unknown event type " + entry.type()));
        CloudEventBuilder builder = builder(
                type,
                entry.eventId(),
                source,
                entry.key(),
                entry.time().atOffset(ZoneOffset.UTC),
                entry.data().getBytes(StandardCharsets.UTF_8));
        if (entry.traceparent() != null) {
            // The CloudEvents distributed-tracing extension: ce_traceparent in binary mode.
            var tracing = new DistributedTracingExtension();
            tracing.setTraceparent(entry.traceparent());
            builder.withExtension(tracing);
        }
        return builder.build();
    }

    /** Reads the contract's event out of a CloudEvent; anything that is not one is an {@link InvalidEventException}. */
    public static DomainEvent fromCloudEvent(CloudEvent cloudEvent) {
        if (cloudEvent.getDataContentType() != null
                && !cloudEvent.getDataContentType().startsWith(JSON)) {
            throw new InvalidEventException("Unsupported content type '" + cloudEvent.getDataContentType() + "'");
        }
        byte[] body = cloudEvent.getData() == null ? null : cloudEvent.getData().toBytes();
        DomainEvent event = EventCodec.fromJson(cloudEvent.getType(), body);
        if (cloudEvent.getSubject() != null && !Objects.equals(cloudEvent.getSubject(), event.aggregateId())) {
            throw new InvalidEventException("Subject '" + cloudEvent.getSubject() + "' does not match the body's id '"
                    + event.aggregateId() + "'");
        }
        return event;
    }

    private static CloudEvent build(
            EventType type, String id, URI source, String subject, OffsetDateTime time, byte[] data) {
        return builder(type, id, source, subject, time, data).build();
    }

    private static CloudEventBuilder builder(
            EventType type, String id, URI source, String subject, OffsetDateTime time, byte[] data) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type.type())
                .withSubject(subject)
                .withTime(time)
                .withDataContentType(JSON)
                .withDataSchema(SCHEMA_BASE.resolve(type.schemaPath()))
                .withData(data);
    }

    private CloudEventMapper() {}
}
