package cn.wuhu.sti.reporting.techmarket.readmodel;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.rebuild.ReplayableTopicListener;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code sti.techmarket.v1} into the tech-market fact read model, with each record's {@code ce_id} and
 * {@code ce_type}; a record that is not a tech-market event goes to the dead-letter topic (see
 * {@link ReplayableTopicListener#eventOf}).
 */
@Component
class TechmarketEventListener extends ReplayableTopicListener {

    static final String ID = "reporting-techmarket";

    private final TechmarketFactReadModel facts;

    TechmarketEventListener(TechmarketFactReadModel facts) {
        super(ID, Topics.TECHMARKET);
        this.facts = facts;
    }

    // One consumer, in a consumer group of its own beside the service's: see ReplayableTopicListener
    @KafkaListener(
            id = ID,
            groupId = "${spring.kafka.consumer.group-id}-techmarket",
            topics = Topics.TECHMARKET,
            concurrency = "1")
    void on(ConsumerRecord<String, CloudEvent> record) {
        facts.apply(eventOf(record), FactReadModel.sourceOf(record.value()));
    }
}
