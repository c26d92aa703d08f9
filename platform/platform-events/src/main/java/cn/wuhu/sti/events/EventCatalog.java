package cn.wuhu.sti.events;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type the platform publishes. A new context adds its types here and nowhere else. */
public final class EventCatalog {

    public static final String SPEC_PREFIX = "cn.wuhu.sti.";

    private static final List<EventType> ALL = List.of(
            new EventType(
                    EnterpriseRegistered.class,
                    SPEC_PREFIX + "enterprise.registered.v1",
                    Topics.ENTERPRISE,
                    "enterprise/registered.v1.schema.json"),
            new EventType(
                    EnterpriseRecognized.class,
                    SPEC_PREFIX + "enterprise.recognized.v1",
                    Topics.ENTERPRISE,
                    "enterprise/recognized.v1.schema.json"),
            new EventType(
                    AnnualReportFiled.class,
                    SPEC_PREFIX + "enterprise.annual-report-filed.v1",
                    Topics.ENTERPRISE,
                    "enterprise/annual-report-filed.v1.schema.json"));

    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));
    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    public static List<EventType> all() {
        return ALL;
    }

    public static EventType of(DomainEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<? extends DomainEvent> javaType) {
        EventType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalog: " + javaType.getName());
        }
        return type;
    }

    public static Optional<EventType> byType(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    private EventCatalog() {}
}
