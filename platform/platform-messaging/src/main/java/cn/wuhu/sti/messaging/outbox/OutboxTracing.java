package cn.wuhu.sti.messaging.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Carries a trace across the outbox, with Micrometer Tracing: the W3C {@code traceparent} of the current span is
 * stored in each entry as it is written, and the relay sends the entry inside a span continuing that trace, so the
 * producer's observation (and through the record's headers, the consumer's) joins the trace of the request that
 * caused the event. Without a tracer nothing is stored and nothing is traced.
 */
public class OutboxTracing {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public static OutboxTracing none() {
        return new OutboxTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The {@code traceparent} of the span current on this thread, or null outside a trace. */
    String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs {@code send} in a span named after the topic that continues the entry's trace and lasts from the entry's
     * write until the broker's acknowledgement: its length is the event's time in the outbox plus the send.
     */
    CompletableFuture<?> send(OutboxEntry entry, Supplier<CompletableFuture<?>> send) {
        if (entry.traceparent() == null || tracer == Tracer.NOOP) {
            return send.get();
        }
        Span span = propagator
                .extract(Map.of(TRACEPARENT, entry.traceparent()), Map::get)
                .name("outbox " + entry.topic())
                .tag("messaging.message.id", entry.eventId())
                .tag("cloudevents.event_type", entry.type())
                .startTimestamp(entry.time().toEpochMilli(), TimeUnit.MILLISECONDS)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return send.get().whenComplete((result, failure) -> {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
            });
        }
    }
}
