package cn.wuhu.sti.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Counts the records sent to a dead-letter topic, as {@code sti.deadletter.published} per source topic. The counter
 * of every topic the service consumes exists from the start at 0, so an alert on its increase sees the first one.
 */
public class DeadLetterCounter implements ApplicationListener<ContextRefreshedEvent> {

    private final MeterRegistry meters;

    public DeadLetterCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    /** {@code recoverer}, counting each record it has published. */
    public ConsumerRecordRecoverer counting(ConsumerRecordRecoverer recoverer) {
        return (record, exception) -> {
            recoverer.accept(record, exception);
            counter(record.topic()).increment();
        };
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        var listeners = event.getApplicationContext().getBeanProvider(KafkaListenerEndpointRegistry.class);
        for (MessageListenerContainer container : listeners.stream()
                .flatMap(r -> r.getListenerContainers().stream())
                .toList()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics != null) {
                for (String topic : topics) {
                    counter(topic);
                }
            }
        }
    }

    private Counter counter(String topic) {
        return Counter.builder("sti.deadletter.published")
                .description("Records of the topic that could not be processed and were sent to its dead-letter topic")
                .tag("topic", topic)
                .register(meters);
    }
}
