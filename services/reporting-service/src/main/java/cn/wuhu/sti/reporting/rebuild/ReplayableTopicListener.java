package cn.wuhu.sti.reporting.rebuild;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.messaging.CloudEventMapper;
import io.cloudevents.CloudEvent;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * The replay of a {@link ReplayableListener}: once requested, the next assignment is sought to the beginning. A
 * subclass declares its {@code @KafkaListener} with one consumer, so that single assignment holds every partition,
 * in a consumer group no other listener shares: the others' stops and starts around a rebuild would otherwise
 * rebalance it (measured: a rebuild's replay took 15–40 s instead of 2), and a rebalance between the seek and the
 * first commit could put it back on its committed offsets.
 */
public abstract class ReplayableTopicListener extends AbstractConsumerSeekAware implements ReplayableListener {

    private final String listenerId;
    private final String topic;
    private final AtomicBoolean replayRequested = new AtomicBoolean();

    protected ReplayableTopicListener(String listenerId, String topic) {
        this.listenerId = listenerId;
        this.topic = topic;
    }

    @Override
    public String listenerId() {
        return listenerId;
    }

    @Override
    public String topic() {
        return topic;
    }

    /**
     * The record's event, when it is one of those the catalog puts on this listener's topic. Anything else throws
     * {@link InvalidEventException}, which the platform's error handler sends to the dead-letter topic untried.
     */
    protected DomainEvent eventOf(ConsumerRecord<String, CloudEvent> record) {
        DomainEvent event = CloudEventMapper.fromCloudEvent(record.value());
        if (!EventCatalog.of(event).topic().equals(topic)) {
            throw new InvalidEventException("Not a " + context() + " event on " + topic + ": " + event);
        }
        return event;
    }

    /** {@code talent} of {@code sti.talent.v1}. */
    private String context() {
        return topic.split("\\.")[1];
    }

    @Override
    public void replayFromBeginningOnNextAssignment() {
        replayRequested.set(true);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        if (!assignments.isEmpty() && replayRequested.getAndSet(false)) {
            callback.seekToBeginning(assignments.keySet());
        }
    }
}
