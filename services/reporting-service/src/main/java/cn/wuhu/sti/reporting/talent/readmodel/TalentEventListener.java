package cn.wuhu.sti.reporting.talent.readmodel;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.talent.EnclaveEvent;
import cn.wuhu.sti.events.talent.FundProjectEvent;
import cn.wuhu.sti.events.talent.TeamEvent;
import cn.wuhu.sti.messaging.CloudEventMapper;
import cn.wuhu.sti.reporting.rebuild.ReplayableTopicListener;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code sti.talent.v1} (teams, fund projects, enclaves) into the talent fact read model. A record that is not
 * a valid talent event throws {@link InvalidEventException}, which the platform's error handler sends to the
 * dead-letter topic untried.
 */
@Component
class TalentEventListener extends ReplayableTopicListener {

    static final String ID = "reporting-talent";

    private final TalentFactReadModel facts;

    TalentEventListener(TalentFactReadModel facts) {
        super(ID, Topics.TALENT);
        this.facts = facts;
    }

    // One consumer, in a consumer group of its own beside the service's: see ReplayableTopicListener
    @KafkaListener(
            id = ID,
            groupId = "${spring.kafka.consumer.group-id}-talent",
            topics = Topics.TALENT,
            concurrency = "1")
    void on(ConsumerRecord<String, CloudEvent> record) {
        DomainEvent event = CloudEventMapper.fromCloudEvent(record.value());
        if (event instanceof TeamEvent teamEvent) {
            facts.apply(teamEvent);
        } else if (event instanceof FundProjectEvent fundProjectEvent) {
            facts.apply(fundProjectEvent);
        } else if (event instanceof EnclaveEvent enclaveEvent) {
            facts.apply(enclaveEvent);
        } else {
            throw new InvalidEventException("Not a talent event on " + Topics.TALENT + ": " + event);
        }
    }
}
