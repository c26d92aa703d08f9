package cn.wuhu.sti.enterprise.talent;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.enterprise.application.EnterpriseService;
import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.talent.EnclaveEvent;
import cn.wuhu.sti.events.talent.FundProjectEvent;
import cn.wuhu.sti.events.talent.TeamEvent;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.messaging.CloudEventMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Talent → enterprise: when a team incorporates, its company enters the register as the ladder's first rung. The
 * other talent events, and talent types added later, are none of this service's business and are passed over
 * unread; a record that is no talent event goes to the dead-letter topic untried ({@link InvalidEventException}).
 */
@Component
class TalentTeamListener {

    private static final String TALENT_TYPES = EventCatalog.SPEC_PREFIX + "talent.";
    private static final String INCORPORATED =
            EventCatalog.of(TeamIncorporated.class).type();

    private final EnterpriseService enterprises;

    TalentTeamListener(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @KafkaListener(id = "enterprise-talent", idIsGroup = false, topics = Topics.TALENT)
    void on(ConsumerRecord<String, CloudEvent> record) {
        String type = record.value() == null ? null : record.value().getType();
        if (type != null && type.startsWith(TALENT_TYPES) && !type.equals(INCORPORATED)) {
            // Another talent fact, or one of a type added after this service was built: none of its business.
            return;
        }
        DomainEvent event = CloudEventMapper.fromCloudEvent(record.value());
        if (!(event instanceof TeamEvent || event instanceof FundProjectEvent || event instanceof EnclaveEvent)) {
            throw new InvalidEventException("Not a talent event on " + Topics.TALENT + ": " + event);
        }
        if (event instanceof TeamIncorporated incorporation) {
            try {
                enterprises.recordIncorporation(incorporation);
            } catch (RuleViolation e) {
                throw new InvalidEventException("Incorporation of team " + incorporation.teamId() + " names no firm "
                        + "the register can take: " + e.field() + " " + e.getMessage());
            }
        }
    }
}
