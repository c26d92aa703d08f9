package cn.wuhu.sti.messaging.outbox;

/** Raised after a write that appended outbox entries to a document of {@code collection} has committed. */
public record OutboxAppended(String collection) {}
