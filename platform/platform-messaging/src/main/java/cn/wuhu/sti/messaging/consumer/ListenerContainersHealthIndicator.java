package cn.wuhu.sti.messaging.consumer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * {@code kafkaListeners}: DOWN when a listener container has stopped without being told to — its consumer met an
 * {@link Error}, was fenced, refused by the broker's ACLs, or found no offset to start from — so the service no
 * longer consumes and nothing else would say so. A container stopped on purpose (a rebuild's replay) or not yet
 * started is fine. Part of the liveness probe: Kubernetes restarts such a pod, whose consumer then starts afresh
 * from its committed offsets.
 */
public class ListenerContainersHealthIndicator extends AbstractHealthIndicator {

    private final Supplier<? extends Collection<? extends MessageListenerContainer>> containers;

    public ListenerContainersHealthIndicator(KafkaListenerEndpointRegistry listeners) {
        this(listeners::getListenerContainers);
    }

    /** Over the containers the supplier names each time (those of the service's {@code @KafkaListener}s). */
    public ListenerContainersHealthIndicator(
            Supplier<? extends Collection<? extends MessageListenerContainer>> containers) {
        super("Could not read the state of the Kafka listener containers");
        this.containers = containers;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> states = new LinkedHashMap<>();
        boolean stoppedUnasked = false;
        for (MessageListenerContainer container : containers.get()) {
            String state;
            if (!container.isInExpectedState()) {
                state = "stopped abnormally";
                stoppedUnasked = true;
            } else {
                state = container.isRunning() ? "running" : "stopped";
            }
            states.put(container.getListenerId(), state);
        }
        (stoppedUnasked ? builder.down() : builder.up()).withDetail("containers", states);
    }
}
