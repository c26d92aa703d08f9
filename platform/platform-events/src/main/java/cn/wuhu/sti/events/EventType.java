package cn.wuhu.sti.events;

/**
 * How one event record is published: its CloudEvents {@code type}, its topic and the JSON Schema its body
 * satisfies (a classpath resource, also under {@code docs/events/}).
 */
public record EventType(Class<? extends DomainEvent> javaType, String type, String topic, String schemaPath) {

    public String schemaResource() {
        return "/events/" + schemaPath;
    }
}
