package cn.wuhu.sti.reporting.lag;

import cn.wuhu.sti.messaging.consumer.ConsumerLag;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * How far the read models are behind the topics, at {@code /actuator/health/lag}: the records of each topic that
 * reporting has not yet applied, as last read from the broker ({@code sti.messaging.lag-interval}). Always UP: a
 * backlog delays the indicators but does not make the answers wrong, so it is no reason to leave the load balancer.
 */
@Component("topicLag")
class TopicLagHealthIndicator extends AbstractHealthIndicator {

    private final ConsumerLag lag;

    TopicLagHealthIndicator(ConsumerLag lag) {
        super("The consumer lag could not be read");
        this.lag = lag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> byTopic = new TreeMap<>();
        lag.byGroupAndTopic()
                .values()
                .forEach(topics -> topics.forEach((topic, records) -> byTopic.merge(topic, records, Math::max)));
        long total = byTopic.values().stream().mapToLong(Long::longValue).sum();
        builder.up().withDetail("topics", byTopic).withDetail("total", total);
    }
}
