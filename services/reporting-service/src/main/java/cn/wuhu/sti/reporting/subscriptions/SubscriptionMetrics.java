package cn.wuhu.sti.reporting.subscriptions;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each subscription's lag as gauges, {@code sti_subscription_lag_records} and {@code sti_subscription_max_lag_records}
 * by department and consumer group, which the alert rule compares. A scrape asks the broker at most every 15 s per
 * group; an unmeasurable lag reads as NaN.
 */
@Component
class SubscriptionMetrics {

    private static final Duration FRESH = Duration.ofSeconds(15);

    private final MeterRegistry meters;
    private final SubscriptionLag lag;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, SubscriptionLag.Measured> lastMeasured = new ConcurrentHashMap<>();

    SubscriptionMetrics(ObjectProvider<MeterRegistry> meters, SubscriptionLag lag, MongoTemplate mongo, Clock clock) {
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.lag = lag;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void watchRegistered() {
        mongo.findAll(Subscription.class).forEach(this::watch);
    }

    void watch(Subscription subscription) {
        Gauge.builder("sti.subscription.lag", () -> lagOf(subscription))
                .description("Records of its topics the department's consumer group has not consumed yet")
                .baseUnit("records")
                .tag("department", subscription.department())
                .tag("consumer_group", subscription.consumerGroup())
                .register(meters);
        Gauge.builder("sti.subscription.max.lag", subscription::maxLag)
                .description("The most records the department accepts its consumer group to be behind (its SLA)")
                .baseUnit("records")
                .tag("department", subscription.department())
                .tag("consumer_group", subscription.consumerGroup())
                .register(meters);
    }

    private double lagOf(Subscription subscription) {
        Instant now = clock.instant();
        SubscriptionLag.Measured measured = lastMeasured.compute(subscription.consumerGroup(), (group, last) -> {
            if (last != null && last.at().plus(FRESH).isAfter(now)) {
                return last;
            }
            return lag.measure(group, subscription.topics());
        });
        return measured == null ? Double.NaN : measured.lag();
    }
}
