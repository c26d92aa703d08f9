package cn.wuhu.sti.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns event records into the JSON bodies of the contract and back. Amounts are written as exact JSON numbers,
 * dates as {@code YYYY-MM-DD}; unknown or missing properties make a body invalid rather than silently defaulted.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public static byte[] toJson(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** Reads a body of the given CloudEvents type; fails with {@link InvalidEventException} if it is not one. */
    public static DomainEvent fromJson(String ceType, byte[] body) {
        EventType type = EventCatalog.byType(ceType)
                .orElseThrow(() -> new InvalidEventException("Unknown event type '" + ceType + "'"));
        if (body == null) {
            throw new InvalidEventException("Event of type '" + ceType + "' has no body");
        }
        try {
            return MAPPER.readValue(body, type.javaType());
        } catch (JacksonException e) {
            throw new InvalidEventException(
                    "Body does not match the schema of '" + ceType + "': " + e.getOriginalMessage(), e);
        }
    }

    private EventCodec() {}
}
