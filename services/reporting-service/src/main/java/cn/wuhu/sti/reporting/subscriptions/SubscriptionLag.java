package cn.wuhu.sti.reporting.subscriptions;

import cn.wuhu.sti.messaging.consumer.GroupLag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * A registered subscription's lag: its consumer group's {@link GroupLag} on its topics, summed over the
 * partitions.
 */
@Component
class SubscriptionLag implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final Clock clock;

    SubscriptionLag(KafkaAdmin kafkaAdmin, Clock clock) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.clock = clock;
    }

    record Measured(long lag, Instant at) {}

    /** The lag now, or {@code null} when the broker did not answer in time. */
    Measured measure(String consumerGroup, Collection<String> topics) {
        try {
            long lag = GroupLag.of(admin, consumerGroup, topics, TIMEOUT).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            return new Measured(lag, clock.instant());
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not measure the lag of {} on {}: {}", consumerGroup, topics, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
