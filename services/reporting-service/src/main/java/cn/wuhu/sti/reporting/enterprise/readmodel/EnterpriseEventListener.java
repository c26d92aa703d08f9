package cn.wuhu.sti.reporting.enterprise.readmodel;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.messaging.CloudEventMapper;
import cn.wuhu.sti.reporting.rebuild.ReplayableListener;
import io.cloudevents.CloudEvent;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code sti.enterprise.v1} into the firm read model. A record that is not a valid enterprise event throws
 * {@link InvalidEventException}, which the platform's error handler sends to the dead-letter topic untried.
 */
@Component
class EnterpriseEventListener extends AbstractConsumerSeekAware implements ReplayableListener {

    static final String ID = "reporting-enterprise";

    private final FirmReadModel firms;
    private final AtomicBoolean replayRequested = new AtomicBoolean();

    EnterpriseEventListener(FirmReadModel firms) {
        this.firms = firms;
    }

    // One consumer: the replay seeks every partition in the single assignment that follows a (re)start.
    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.ENTERPRISE, concurrency = "1")
    void on(ConsumerRecord<String, CloudEvent> record) {
        DomainEvent event = CloudEventMapper.fromCloudEvent(record.value());
        if (!(event instanceof EnterpriseEvent enterpriseEvent)) {
            throw new InvalidEventException("Not an enterprise event on " + Topics.ENTERPRISE + ": " + event);
        }
        firms.apply(enterpriseEvent);
    }

    @Override
    public String listenerId() {
        return ID;
    }

    @Override
    public String topic() {
        return Topics.ENTERPRISE;
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
