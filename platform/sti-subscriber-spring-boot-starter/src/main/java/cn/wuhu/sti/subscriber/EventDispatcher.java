package cn.wuhu.sti.subscriber;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.messaging.CloudEventMapper;
import cn.wuhu.sti.messaging.consumer.DeadLetters;
import cn.wuhu.sti.subscriber.Delivery.Kind;
import cn.wuhu.sti.subscriber.DeliveryLog.Claim;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.MessageListener;

/**
 * Hands each record to the handler of its {@code ce_type}, once per {@code ce_id}. A type nobody handles is passed
 * over (a new type or version on a topic breaks no subscriber); a record that is no valid event of its type throws
 * {@link cn.wuhu.sti.events.InvalidEventException}, which the error handler dead-letters at once.
 */
class EventDispatcher implements MessageListener<String, CloudEvent> {

    private final Map<String, EventHandler> handlers;
    private final DeliveryLog log;
    private final MeterRegistry meters;

    EventDispatcher(Map<String, EventHandler> handlers, DeliveryLog log, MeterRegistry meters) {
        this.handlers = handlers;
        this.log = log;
        this.meters = meters;
    }

    @Override
    public void onMessage(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent cloudEvent = record.value();
        EventHandler handler = handlers.get(cloudEvent.getType());
        if (handler == null) {
            count("passed-over", cloudEvent);
            return;
        }
        DomainEvent event = CloudEventMapper.fromCloudEvent(cloudEvent);
        String redrivenFrom = header(record, DeadLetters.REDRIVEN_FROM);
        Claim claim = log.claim(cloudEvent.getId(), cloudEvent.getType(), record.topic());
        if (claim == Claim.DONE && !handler.replays()) {
            count("duplicate", cloudEvent);
            return;
        }
        Kind kind = claim != Claim.NEW ? Kind.REPLAY : redrivenFrom != null ? Kind.REDRIVE : Kind.FIRST;
        var delivery = new Delivery(
                cloudEvent.getId(),
                cloudEvent.getSource().toString(),
                cloudEvent.getTime(),
                record.topic(),
                record.partition(),
                record.offset(),
                kind,
                redrivenFrom);
        try {
            handler.handle(event, delivery);
        } catch (RuntimeException e) {
            if (claim != Claim.DONE) {
                log.release(cloudEvent.getId());
            }
            count("failed", cloudEvent);
            throw e;
        }
        if (claim != Claim.DONE) {
            log.complete(cloudEvent.getId());
        }
        count(kind.name().toLowerCase(Locale.ROOT), cloudEvent);
    }

    private void count(String outcome, CloudEvent cloudEvent) {
        meters.counter("sti.subscriber.deliveries", "type", cloudEvent.getType(), "outcome", outcome)
                .increment();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
