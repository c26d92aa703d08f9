package cn.wuhu.sti.reporting.subscriptions;

import java.time.Instant;
import java.util.List;

/**
 * A subscription with its lag as Kafka reports it now: {@code lag} is the records of its topics the group has not
 * consumed yet (from the start of a partition where it has committed nothing), {@code slaHeld} whether that is at most
 * {@code maxLag}; both are absent when the broker could not be asked.
 */
record SubscriptionView(
        String consumerGroup,
        String department,
        List<String> topics,
        String contact,
        long maxLag,
        Instant registeredAt,
        Long lag,
        Boolean slaHeld,
        Instant measuredAt) {

    static SubscriptionView of(Subscription subscription, SubscriptionLag.Measured measured) {
        return new SubscriptionView(
                subscription.consumerGroup(),
                subscription.department(),
                subscription.topics(),
                subscription.contact(),
                subscription.maxLag(),
                subscription.registeredAt(),
                measured == null ? null : measured.lag(),
                measured == null ? null : measured.lag() <= subscription.maxLag(),
                measured == null ? null : measured.at());
    }
}
