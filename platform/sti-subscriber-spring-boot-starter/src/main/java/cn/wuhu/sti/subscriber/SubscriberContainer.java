package cn.wuhu.sti.subscriber;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.messaging.consumer.DeadLetters;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * One Kafka listener container for all the subscriber's handlers: one consumer group reading every topic a handler
 * needs, so the group's partitions are not split between handlers. Started once the context is up; does nothing in
 * an application without {@link OnEvent} methods.
 */
public class SubscriberContainer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberContainer.class);

    private final ApplicationContext context;
    private final ConsumerFactory<String, CloudEvent> consumerFactory;
    private final KafkaProperties kafka;
    private final SubscriberProperties properties;
    private final DeliveryLog log;
    private final KafkaAdmin admin;
    private final MeterRegistry meters;
    private ConcurrentMessageListenerContainer<String, CloudEvent> container;

    SubscriberContainer(
            ApplicationContext context,
            ConsumerFactory<String, CloudEvent> consumerFactory,
            KafkaProperties kafka,
            SubscriberProperties properties,
            DeliveryLog log,
            KafkaAdmin admin,
            MeterRegistry meters) {
        this.context = context;
        this.consumerFactory = consumerFactory;
        this.kafka = kafka;
        this.properties = properties;
        this.log = log;
        this.admin = admin;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        Map<String, EventHandler> handlers = EventHandler.findIn(context);
        if (handlers.isEmpty()) {
            return;
        }
        String group = properties.group();
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("sti.subscriber.group is not set: name the department's consumer group");
        }
        String[] topics = handlers.values().stream()
                .map(handler -> handler.type().topic())
                .distinct()
                .sorted()
                .toArray(String[]::new);
        if (properties.createDeadLetterTopics() && admin != null) {
            createDeadLetterTopics(topics, group);
        }
        var containerProperties = new ContainerProperties(topics);
        containerProperties.setGroupId(group);
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        containerProperties.setMessageListener(new EventDispatcher(handlers, log, meters));
        var consumer = new Properties();
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, properties.startFrom());
        containerProperties.setKafkaConsumerProperties(consumer);
        container = new ConcurrentMessageListenerContainer<>(consumerFactory, containerProperties);
        container.setBeanName("sti-subscriber-" + group);
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(DeadLetters.errorHandler(
                kafka.buildProducerProperties(),
                topic -> Topics.deadLetterOf(topic, group),
                properties.retryAttempts(),
                properties.retryInterval()));
        container.start();
        LOG.info("Subscriber {} reads {} for {}", group, String.join(", ", topics), handlers.keySet());
    }

    /**
     * Creates the missing ones, waiting at most 10 s: a broker that is away (or refuses, as a production broker may,
     * where the topics are declared beside the department's user) is logged, and the container starts anyway.
     */
    private void createDeadLetterTopics(String[] topics, String group) {
        List<NewTopic> deadLetterTopics = Arrays.stream(topics)
                .map(topic ->
                        new NewTopic(Topics.deadLetterOf(topic, group), properties.deadLetterPartitions(), (short) -1))
                .toList();
        Admin client = Admin.create(admin.getConfigurationProperties());
        try {
            for (var created : client.createTopics(deadLetterTopics).values().entrySet()) {
                try {
                    created.getValue().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warn(
                                "Could not create the dead-letter topic {}: {}",
                                created.getKey(),
                                e.getCause().toString());
                    }
                } catch (TimeoutException e) {
                    LOG.warn("Could not create the dead-letter topic {}: no answer from the broker", created.getKey());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // Admin.close() alone waits for requests pending to a broker that may never answer.
            client.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return container != null && container.isRunning();
    }
}
