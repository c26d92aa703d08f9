package cn.wuhu.sti.messaging;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@SpringBootApplication
class MessagingTestApplication {

    static final String SUBSCRIBER = "messaging-test-subscriber";

    /** One registry for the meters of every component, as Boot's actuator gives a service. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** A subscriber like reporting's: maps each CloudEvent to the contract's record, failing on anything else. */
    @Component
    static class RecordingSubscriber {

        final BlockingQueue<DomainEvent> received = new LinkedBlockingQueue<>();

        @KafkaListener(id = SUBSCRIBER, topics = Topics.ENTERPRISE, groupId = SUBSCRIBER)
        void on(CloudEvent event) {
            received.add(CloudEventMapper.fromCloudEvent(event));
        }
    }
}
