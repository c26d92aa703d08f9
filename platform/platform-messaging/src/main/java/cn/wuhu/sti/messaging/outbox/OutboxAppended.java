package cn.wuhu.sti.messaging.outbox;

/** Raised after a write that appended outbox entries to document {@code aggregateId} of {@code collection} committed. */
public record OutboxAppended(String collection, Object aggregateId) {}
