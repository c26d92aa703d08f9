package cn.wuhu.sti.messaging.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * How far this service's consumer groups are behind their topics, read from the broker with Kafka's
 * {@link Admin} client every {@code interval}: the end offset of each partition minus the group's committed offset
 * (or, before the group's first commit, minus the partition's first offset). Unlike the consumer's own
 * {@code records-lag}, it goes on counting while a listener is stopped, rebalancing or failing. Published as the
 * gauge {@code sti.consumer.lag} (records) per group, topic and partition.
 */
public class ConsumerLag implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KafkaAdmin kafkaAdmin;
    private final KafkaListenerEndpointRegistry listeners;
    private final MeterRegistry meters;
    private final Duration interval;
    private final Map<Partition, AtomicLong> lags = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;
    private volatile Admin admin;

    public ConsumerLag(
            KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners, MeterRegistry meters, Duration interval) {
        this.kafkaAdmin = kafkaAdmin;
        this.listeners = listeners;
        this.meters = meters;
        this.interval = interval;
    }

    /** One partition of a topic, as one group reads it. */
    private record Partition(String group, String topic, int partition) {}

    /** The lag last read, per group and topic, summed over the partitions. */
    public Map<String, Map<String, Long>> byGroupAndTopic() {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        lags.forEach((key, lag) ->
                result.computeIfAbsent(key.group(), g -> new TreeMap<>()).merge(key.topic(), lag.get(), Long::sum));
        return result;
    }

    /** Reads every group's lag from the broker now. */
    public void refresh() {
        try {
            Map<String, Set<String>> subscriptions = subscriptions();
            if (subscriptions.isEmpty()) {
                return;
            }
            Admin client = admin();
            subscriptions.forEach((group, topics) -> refresh(client, group, topics));
        } catch (Exception e) {
            // The broker away: the lag is unknown, the last values stay.
            log.debug("Could not read the consumer lag", e);
        }
    }

    private void refresh(Admin client, String group, Set<String> topics) {
        try {
            GroupLag.of(client, group, topics, TIMEOUT)
                    .forEach((partition, lag) -> gauge(new Partition(group, partition.topic(), partition.partition()))
                            .set(lag));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("Could not read the lag of consumer group {}", group, e);
        }
    }

    private Map<String, Set<String>> subscriptions() {
        Map<String, Set<String>> topicsByGroup = new LinkedHashMap<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (container.getGroupId() != null && topics != null) {
                topicsByGroup
                        .computeIfAbsent(container.getGroupId(), g -> new TreeSet<>())
                        .addAll(List.of(topics));
            }
        }
        return topicsByGroup;
    }

    private AtomicLong gauge(Partition key) {
        return lags.computeIfAbsent(key, k -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("sti.consumer.lag", value, AtomicLong::get)
                    .description("Records on the topic that the consumer group has not yet committed")
                    .baseUnit("records")
                    .tags("group", k.group(), "topic", k.topic(), "partition", Integer.toString(k.partition()))
                    .register(meters);
            return value;
        });
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
