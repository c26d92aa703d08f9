package cn.wuhu.sti.reporting.fact.model;

/**
 * The CloudEvent a fact stands on, by its {@code id} and {@code type}: the event that recorded it, or the latest that
 * changed it (a contract's correction). The same event sent again has the same id.
 */
public record SourceEvent(String id, String type) {}
