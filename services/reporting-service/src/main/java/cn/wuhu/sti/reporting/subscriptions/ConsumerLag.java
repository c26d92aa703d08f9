package cn.wuhu.sti.reporting.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * A consumer group's lag on its topics, from Kafka's AdminClient: per partition, the log end offset less the group's
 * committed offset (the log start offset where it has committed none), summed.
 */
@Component
class ConsumerLag implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final Clock clock;

    ConsumerLag(KafkaAdmin kafkaAdmin, Clock clock) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.clock = clock;
    }

    record Measured(long lag, Instant at) {}

    /** The lag now, or {@code null} when the broker did not answer in time. */
    Measured measure(String consumerGroup, Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumerGroup)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            var partitions = admin
                    .describeTopics(topics)
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .values()
                    .stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
            long lag = partitions.stream()
                    .mapToLong(partition -> {
                        OffsetAndMetadata done = committed.get(partition);
                        long from = done != null
                                ? done.offset()
                                : starts.get(partition).offset();
                        return Math.max(0, ends.get(partition).offset() - from);
                    })
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

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
                .all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
