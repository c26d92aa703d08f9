package cn.wuhu.sti.messaging.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group's lag on its topics as the broker knows it (Kafka's Admin client): per partition, the log end
 * offset less the group's committed offset, or less the log start where the group has committed none. Read for the
 * platform's own listeners ({@link ConsumerLag}) and for the departments' registered subscriptions alike.
 */
public final class GroupLag {

    private GroupLag() {}

    /** Each partition of {@code topics} with the records {@code group} has still to read there. */
    public static Map<TopicPartition, Long> of(Admin client, String group, Collection<String> topics, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        long wait = timeout.toMillis();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(wait, TimeUnit.MILLISECONDS);
        Map<String, TopicDescription> descriptions =
                client.describeTopics(topics).allTopicNames().get(wait, TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(client, partitions, OffsetSpec.latest(), wait);
        List<TopicPartition> uncommitted =
                partitions.stream().filter(p -> committed.get(p) == null).toList();
        Map<TopicPartition, ListOffsetsResultInfo> starts =
                uncommitted.isEmpty() ? Map.of() : offsets(client, uncommitted, OffsetSpec.earliest(), wait);
        Map<TopicPartition, Long> lags = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata commit = committed.get(partition);
            long from = commit != null ? commit.offset() : starts.get(partition).offset();
            lags.put(partition, Math.max(0, ends.get(partition).offset() - from));
        }
        return lags;
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(
            Admin client, List<TopicPartition> partitions, OffsetSpec spec, long wait)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return client.listOffsets(request).all().get(wait, TimeUnit.MILLISECONDS);
    }
}
