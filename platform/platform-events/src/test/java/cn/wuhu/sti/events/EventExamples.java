package cn.wuhu.sti.events;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Events for the contract tests: one built from any record's components with a sample value per type, so a new event
 * type is tested without writing a fixture, and a few written by hand with realistic values.
 */
final class EventExamples {

    static final String USCC = "913402007139628446";

    /** Components whose schema asks more of a value than its Java type does. */
    private static final Map<String, Object> BY_NAME = Map.of("uscc", USCC, "year", 2023);

    private static final Map<Class<?>, Object> BY_TYPE = Map.of(
            String.class,
            "示例",
            LocalDate.class,
            LocalDate.of(2023, 6, 1),
            BigDecimal.class,
            new BigDecimal("1234567.89"),
            int.class,
            1,
            long.class,
            1L,
            boolean.class,
            true);

    /** An instance of {@code type} with a sample value in every component; fails naming a component it cannot fill. */
    static DomainEvent generated(Class<? extends DomainEvent> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new AssertionError(type.getName() + " is not a record; events are records");
        }
        Object[] values =
                Arrays.stream(components).map(EventExamples::sampleFor).toArray();
        Class<?>[] parameterTypes =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameterTypes).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot build an example of " + type.getName(), e);
        }
    }

    static Stream<DomainEvent> handWritten() {
        return Stream.of(
                new EnterpriseRegistered(USCC, "芜湖示例科技有限公司", District.WHTZ, Industry.NEV_ICV, LocalDate.of(2019, 3, 1)),
                new EnterpriseRecognized(
                        USCC,
                        District.WHTZ,
                        Tier.HIGH_TECH,
                        "GR202334001234",
                        LocalDate.of(2023, 11, 1),
                        LocalDate.of(2026, 10, 31),
                        false),
                annualReport(),
                new TeamIncorporated(
                        "team-0001",
                        LocalDate.of(2023, 9, 12),
                        USCC,
                        "芜湖示例机器人有限公司",
                        District.JIUJIANG,
                        Industry.ROBOTICS),
                fundInvestment());
    }

    static AnnualReportFiled annualReport() {
        return new AnnualReportFiled(
                USCC,
                District.WHTZ,
                2023,
                2,
                new BigDecimal("123456789.01"),
                new BigDecimal("0.10"),
                true,
                false,
                12,
                80,
                new BigDecimal("100000000"),
                true);
    }

    static FundProjectInvested fundInvestment() {
        return new FundProjectInvested(
                "fund-0001", LocalDate.of(2023, 4, 18), new BigDecimal("5000000.50"), Industry.SEMI_3G);
    }

    private static Object sampleFor(RecordComponent component) {
        Object byName = BY_NAME.get(component.getName());
        if (byName != null) {
            return byName;
        }
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Object byType = BY_TYPE.get(type);
        if (byType == null) {
            throw new AssertionError("No sample value for " + component + " of "
                    + component.getDeclaringRecord().getName() + ": add one to EventExamples");
        }
        return byType;
    }

    private EventExamples() {}
}
