package cn.wuhu.sti.messaging;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.Topics;
import io.cloudevents.CloudEvent;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@SpringBootApplication
class MessagingTestApplication {

    /** A subscriber like reporting's: maps each CloudEvent to the contract's record, failing on anything else. */
    @Component
    static class RecordingSubscriber {

        final BlockingQueue<DomainEvent> received = new LinkedBlockingQueue<>();

        @KafkaListener(topics = Topics.ENTERPRISE, groupId = "messaging-test-subscriber")
        void on(CloudEvent event) {
            received.add(CloudEventMapper.fromCloudEvent(event));
        }
    }
}
