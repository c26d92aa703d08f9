package cn.wuhu.sti.messaging;

import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventType;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.consumer.ConsumerLag;
import cn.wuhu.sti.messaging.consumer.DeadLetterCounter;
import cn.wuhu.sti.messaging.consumer.DeadLetters;
import cn.wuhu.sti.messaging.consumer.ListenerContainersHealthIndicator;
import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.messaging.outbox.OutboxBacklog;
import cn.wuhu.sti.messaging.outbox.OutboxProperties;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.messaging.outbox.OutboxTracing;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.IdGenerator;
import org.springframework.util.JdkIdGenerator;

/**
 * The event backbone every service gets by depending on platform-messaging: CloudEvents producer and consumer
 * factories, the outbox and its relay (for services that set {@code sti.outbox.enabled=true}), dead-lettering,
 * and the contract's topics.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({KafkaProperties.class, MessagingProperties.class, OutboxProperties.class})
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // Business dates are China Standard Time (domain.md); instants are zone-free anyway.
        return Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator() {
        return new JdkIdGenerator();
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return tracer.getIfAvailable() != null && propagator.getIfAvailable() != null
                ? new OutboxTracing(tracer.getObject(), propagator.getObject())
                : OutboxTracing.none();
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(
            KafkaProperties kafka,
            OutboxProperties outbox,
            ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        Map<String, Object> config = kafka.buildProducerProperties();
        // A send the relay has given up on must not still be delivered later behind its own re-send.
        int sendTimeout = (int) outbox.sendTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, sendTimeout / 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout / 2);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        var factory = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new CloudEventSerializer());
        // Boot's customizers: the producer's Kafka client metrics among them.
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        var template = new KafkaTemplate<>(factory);
        // A send span in the trace of the write that caused the event, and its traceparent on the record.
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory(
            KafkaProperties kafka, ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        // Offsets are committed by the listener container, after the listener has returned (see the container
        // factory); the client's own timer would commit records whose read-model write has not happened yet.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var factory = new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), new ErrorHandlingDeserializer<>(new CloudEventDeserializer()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        return factory;
    }

    /** The {@code kafkaListeners} health component, where Actuator's health is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class ListenerContainersHealth {

        @Bean
        @ConditionalOnMissingBean(name = "kafkaListenersHealthIndicator")
        ListenerContainersHealthIndicator kafkaListenersHealthIndicator(KafkaListenerEndpointRegistry listeners) {
            return new ListenerContainersHealthIndicator(listeners);
        }
    }

    @Bean
    DeadLetterCounter deadLetterCounter(ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterCounter(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    ConsumerLag consumerLag(
            KafkaAdmin kafkaAdmin,
            KafkaListenerEndpointRegistry listeners,
            ObjectProvider<MeterRegistry> meters,
            MessagingProperties messaging) {
        return new ConsumerLag(
                kafkaAdmin, listeners, meters.getIfAvailable(SimpleMeterRegistry::new), messaging.lagInterval());
    }

    @Bean
    DefaultErrorHandler stiKafkaErrorHandler(
            KafkaProperties kafka, MessagingProperties messaging, DeadLetterCounter deadLetters) {
        return DeadLetters.errorHandler(
                deadLetters.counting(DeadLetters.recoverer(kafka.buildProducerProperties(), Topics::deadLetterOf)),
                messaging.retryAttempts(),
                messaging.retryInterval());
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            KafkaProperties kafka,
            ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory,
            DefaultErrorHandler stiKafkaErrorHandler) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, CloudEvent>();
        configurer.configure(
                (ConcurrentKafkaListenerContainerFactory) factory, (ConsumerFactory) cloudEventConsumerFactory);
        factory.setCommonErrorHandler(stiKafkaErrorHandler);
        // A span per record that continues the producer's trace (the traceparent header of the record).
        factory.getContainerProperties().setObservationEnabled(true);
        if (kafka.getListener().getAckMode() == null) {
            // Commits the offsets of a poll's records once the listener has returned from each of them (and the
            // ones before a failure, once the error handler has taken it): never a record not yet in the store.
            factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        }
        return factory;
    }

    @Bean
    @ConditionalOnProperty(prefix = "sti.messaging", name = "create-topics", matchIfMissing = true)
    KafkaAdmin.NewTopics stiTopics(MessagingProperties messaging) {
        return new KafkaAdmin.NewTopics(EventCatalog.all().stream()
                .map(EventType::topic)
                .distinct()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .map(topic -> new NewTopic(topic, messaging.partitions(), messaging.replicationFactor())
                        .configs(Map.of(
                                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                                Integer.toString(messaging.minInsyncReplicas()))))
                .toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnProperty(prefix = "sti.outbox", name = "enabled", havingValue = "true")
    Outbox outbox(Clock clock, IdGenerator idGenerator, ApplicationEventPublisher publisher, OutboxTracing tracing) {
        return new Outbox(clock, idGenerator, publisher, tracing);
    }

    @Bean
    @ConditionalOnBean(Outbox.class)
    OutboxBacklog outboxBacklog(
            MongoTemplate mongo, Clock clock, OutboxProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new OutboxBacklog(mongo, clock, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnBean(Outbox.class)
    AggregateStores aggregateStores(MongoTemplate mongo, Outbox outbox, OutboxProperties properties) {
        return new AggregateStores(mongo, outbox, properties);
    }

    @Bean
    @ConditionalOnBean(Outbox.class)
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
            OutboxProperties properties,
            Clock clock,
            ObjectProvider<MeterRegistry> meters,
            OutboxTracing tracing) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + System.identityHashCode(properties);
        return new OutboxRelay(
                mongo,
                cloudEventKafkaTemplate,
                properties,
                clock,
                instance,
                meters.getIfAvailable(SimpleMeterRegistry::new),
                tracing);
    }
}
