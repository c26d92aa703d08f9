package cn.wuhu.sti.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic and consumer settings ({@code sti.messaging.*}).
 *
 * @param createTopics whether to declare the contract's topics and their dead-letter topics at start-up
 * @param partitions partitions of each topic (one aggregate always lands in one partition, by key)
 * @param replicationFactor 1 on a single local broker, 3 in production
 * @param minInsyncReplicas replicas that must have a record before an {@code acks=all} send succeeds: 1 locally, 2
 *     in production, so a send the producer was told succeeded survives the loss of any one broker
 * @param retryAttempts how often a failing record is retried before it is dead-lettered
 * @param retryInterval the pause between those retries
 * @param lagInterval how often the consumer groups' lag is read from the broker ({@code sti.consumer.lag})
 */
@ConfigurationProperties("sti.messaging")
public record MessagingProperties(
        @DefaultValue("true") boolean createTopics,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("1") int minInsyncReplicas,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("15s") Duration lagInterval) {}
