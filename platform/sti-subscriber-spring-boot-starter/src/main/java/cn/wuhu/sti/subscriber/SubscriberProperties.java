package cn.wuhu.sti.subscriber;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The department subscriber's settings ({@code sti.subscriber.*}).
 *
 * @param group the Kafka consumer group, which names the department's dead-letter topics too
 *     ({@code sti.enterprise.v1.<group>.dlt}); required as soon as there is an {@link OnEvent} method
 * @param startFrom where a group without committed offsets starts: {@code earliest} (the topic's history) or
 *     {@code latest}
 * @param retryAttempts how often a handler that threw is called again before the event is dead-lettered
 * @param retryInterval the pause between those calls
 * @param deliveryStore where the delivery log is kept: {@code mongodb} (the application's {@code MongoTemplate}) or
 *     {@code jdbc} (its {@code DataSource}, spring-jdbc on the class path)
 * @param deliveryCollection the MongoDB collection of the delivery log
 * @param deliveryTable the SQL table of the delivery log, created when missing
 * @param createDeadLetterTopics whether to create the dead-letter topics at start-up (where the broker lets it)
 * @param deadLetterPartitions partitions of a dead-letter topic created here
 * @param concurrency consumer threads (at most the partitions of the topics read)
 */
@ConfigurationProperties("sti.subscriber")
public record SubscriberProperties(
        String group,
        @DefaultValue("earliest") String startFrom,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("1s") Duration retryInterval,
        @DefaultValue("mongodb") DeliveryStore deliveryStore,
        @DefaultValue("sti_deliveries") String deliveryCollection,
        @DefaultValue("sti_deliveries") String deliveryTable,
        @DefaultValue("true") boolean createDeadLetterTopics,
        @DefaultValue("1") int deadLetterPartitions,
        @DefaultValue("1") int concurrency) {

    /** Where the delivery log is kept. */
    public enum DeliveryStore {
        MONGODB,
        JDBC
    }
}
