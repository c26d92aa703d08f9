package cn.wuhu.sti.events;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns event records into the JSON bodies of the contract and back. Amounts are written as exact JSON numbers,
 * dates as {@code YYYY-MM-DD}; unknown or missing properties make a body invalid rather than silently defaulted.
 * A component typed {@link Optional} is the one kind of field a body may leave out: it is written as {@code null}
 * when empty and read as empty when {@code null} or absent.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .annotationIntrospector(new OnlyOptionalsMayBeAbsent())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
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

    /**
     * Every property is required except an {@link Optional} one, which reads as empty when absent; together with
     * {@code FAIL_ON_NULL_CREATOR_PROPERTIES} (an Optional reads a {@code null} as empty, anything else fails on it)
     * this is the schemas' {@code required} list, applied to nested records too.
     */
    private static final class OnlyOptionalsMayBeAbsent extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
            return member.getRawType() != Optional.class;
        }
    }

    private EventCodec() {}
}
