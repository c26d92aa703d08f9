package cn.wuhu.sti.reporting.enterprise.model;

/** The CloudEvent something was recorded from: its {@code ce_id} and {@code ce_type}. */
public record SourceEvent(String id, String type) {}
