package cn.wuhu.sti.gateway.routing;

import cn.wuhu.sti.gateway.Backend;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service lives and how long the gateway waits for it.
 *
 * @param services base URI per service id ({@link Backend#id()}); a service not named here is reached at its
 *     {@link Backend#defaultUri() default}, {@code http://localhost:<its contract port>}
 * @param connectTimeout how long to wait for a TCP connection to a service
 * @param readTimeout how long to wait for a service's answer before giving up with 504
 * @param circuitBreaker when a failing service is cut off, and for how long
 */
@ConfigurationProperties("sti.gateway")
public record GatewayProperties(
        Map<String, URI> services,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue CircuitBreaker circuitBreaker) {

    public GatewayProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        List<String> known = Arrays.stream(Backend.values()).map(Backend::id).toList();
        for (String id : services.keySet()) {
            if (!known.contains(id)) {
                // Every service has a default address, so a misspelt key would otherwise go unnoticed.
                throw new IllegalArgumentException("sti.gateway.services." + id + " names no service; known: " + known);
            }
        }
    }

    public URI serviceUri(Backend backend) {
        return services.getOrDefault(backend.id(), backend.defaultUri());
    }

    /**
     * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
     * @param slidingWindowSize number of recent calls the failure rate is computed over
     * @param minimumNumberOfCalls calls needed before the failure rate counts
     * @param waitDurationInOpenState how long an open breaker answers 503 before probing the service again
     */
    public record CircuitBreaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("10s") Duration waitDurationInOpenState) {}
}
