package cn.wuhu.sti.messaging.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The relay's settings ({@code sti.outbox.*}).
 *
 * @param collections the aggregate collections whose documents carry an outbox
 * @param source the CloudEvents {@code source} of this service, e.g. {@code /sti/enterprise-service}
 * @param pollInterval how long the relay sleeps when nothing wakes it
 * @param batchSize how many documents it publishes per round
 * @param sendTimeout how long it waits for the broker to acknowledge a round
 * @param lease how long one instance holds the right to relay a collection (so replicas do not interleave);
 *     renewed before every batch, and longer than {@code sendTimeout} so it cannot lapse in the middle of one
 * @param autoStartup whether the relay starts with the application (off only in tests that play a crash)
 */
@ConfigurationProperties("sti.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("/sti/unknown") URI source,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("true") boolean autoStartup) {

    public OutboxProperties {
        if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("sti.outbox.lease must be at least twice sti.outbox.send-timeout");
        }
    }
}
