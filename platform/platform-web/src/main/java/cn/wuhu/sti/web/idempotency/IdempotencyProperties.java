package cn.wuhu.sti.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sti.idempotency.*}: whether the Idempotency-Key filter runs, and how long a key is remembered. The TTL is
 * enforced by a MongoDB TTL index; the in-process mongo-java-server never expires documents.
 */
@ConfigurationProperties("sti.idempotency")
public record IdempotencyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("24h") Duration ttl) {}
