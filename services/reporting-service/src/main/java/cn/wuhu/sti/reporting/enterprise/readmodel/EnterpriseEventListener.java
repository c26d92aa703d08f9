package cn.wuhu.sti.reporting.enterprise.readmodel;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.messaging.CloudEventMapper;
import cn.wuhu.sti.reporting.enterprise.model.SourceEvent;
import cn.wuhu.sti.reporting.rebuild.ReplayableTopicListener;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code sti.enterprise.v1} into the firm read model, with each record's {@code ce_id} and {@code ce_type}. A
 * record that is not a valid enterprise event throws {@link InvalidEventException}, which the platform's error
 * handler sends to the dead-letter topic untried.
 */
@Component
class EnterpriseEventListener extends ReplayableTopicListener {

    static final String ID = "reporting-enterprise";

    private final FirmReadModel firms;

    EnterpriseEventListener(FirmReadModel firms) {
        super(ID, Topics.ENTERPRISE);
        this.firms = firms;
    }

    // One consumer, in the service's own consumer group (spring.kafka.consumer.group-id): see ReplayableTopicListener
    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.ENTERPRISE, concurrency = "1")
    void on(ConsumerRecord<String, CloudEvent> record) {
        DomainEvent event = CloudEventMapper.fromCloudEvent(record.value());
        if (!(event instanceof EnterpriseEvent enterpriseEvent)) {
            throw new InvalidEventException("Not an enterprise event on " + Topics.ENTERPRISE + ": " + event);
        }
        firms.apply(
                enterpriseEvent,
                new SourceEvent(record.value().getId(), record.value().getType()));
    }
}
