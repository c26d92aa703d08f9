package cn.wuhu.sti.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every service talks to MongoDB ({@code sti.store.*}). The defaults hold "an answered write is durable" and make
 * an outage answer within seconds; deploy/README.md says why each is set.
 *
 * @param writeConcern {@code w} of every write: {@code majority}, or a number of members
 * @param journal whether a write is acknowledged only once it is in the journal
 * @param readConcern level of every read: {@code majority} reads only what cannot be rolled back
 * @param serverSelectionTimeout how long an operation waits for a usable server before it fails
 * @param connectTimeout how long opening a connection may take
 * @param retryAfter what a {@code 503} answered while the store is away tells the client to wait
 */
@ConfigurationProperties("sti.store")
public record StoreProperties(
        @DefaultValue("majority") String writeConcern,
        @DefaultValue("true") boolean journal,
        @DefaultValue("majority") String readConcern,
        @DefaultValue("2s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration retryAfter) {}
