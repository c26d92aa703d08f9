package cn.wuhu.sti.reporting.parks.readmodel;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.rebuild.ReplayableTopicListener;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code sti.parks.v1} into the parks fact read model, with each record's {@code ce_id} and {@code ce_type}; a
 * record that is not a parks event goes to the dead-letter topic (see {@link ReplayableTopicListener#eventOf}).
 */
@Component
class ParksEventListener extends ReplayableTopicListener {

    static final String ID = "reporting-parks";

    private final ParksFactReadModel facts;

    ParksEventListener(ParksFactReadModel facts) {
        super(ID, Topics.PARKS);
        this.facts = facts;
    }

    // One consumer, in a consumer group of its own beside the service's: see ReplayableTopicListener
    @KafkaListener(
            id = ID,
            groupId = "${spring.kafka.consumer.group-id}-parks",
            topics = Topics.PARKS,
            concurrency = "1")
    void on(ConsumerRecord<String, CloudEvent> record) {
        facts.apply(eventOf(record), FactReadModel.sourceOf(record.value()));
    }
}
