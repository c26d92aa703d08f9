package cn.wuhu.sti.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sti.idempotency.*}: whether the Idempotency-Key filter runs, and how long a key is remembered. The TTL is
 * enforced by a MongoDB TTL index; the in-process mongo-java-server never expires documents.
 *
 * @param abandonedAfter how long a key may stay "in flight" before a repeat may take it over: the first request
 *     died (a crash, a failed store) without answering. Well above the gateway's read timeout, so a request that is
 *     merely slow is never run twice.
 */
@ConfigurationProperties("sti.idempotency")
public record IdempotencyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("60s") Duration abandonedAfter) {}
