package cn.wuhu.sti.reporting.rebuild;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * The replay of a {@link ReplayableListener}: once requested, the next assignment is sought to the beginning. A
 * subclass declares its {@code @KafkaListener} with one consumer, so that single assignment holds every partition,
 * in a consumer group no other listener shares: a container joining the same group would rebalance this one
 * between the seek and its first commit and put it back on its committed offsets, losing the replay.
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
