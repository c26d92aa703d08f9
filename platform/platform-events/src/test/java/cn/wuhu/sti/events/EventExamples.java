package cn.wuhu.sti.events;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.events.techmarket.ContractParty;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.events.techmarket.TechContractCorrected;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Events for the contract tests: one built from any record's components with a sample value per type, so a new event
 * type is tested without writing a fixture, and a few written by hand with realistic values.
 */
final class EventExamples {

    static final String USCC = "913402007139628446";
    static final String REGISTRATION_NO = "2023340200000123";

    /** Components whose schema asks more of a value than its Java type does. */
    private static final Map<String, Object> BY_NAME = Map.of(
            "uscc", USCC,
            "winnerUscc", USCC,
            "enterpriseUscc", USCC,
            "leadUscc", USCC,
            "registrationNo", REGISTRATION_NO,
            "year", 2023,
            "parkIds", List.of("park-0001", "park-0002"),
            // the cap of the first category, which is the one a generated challenge gets
            "cap", ChallengeCategory.values()[0].cap());

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

    /** How a generated example fills its {@link Optional} components. */
    enum Optionals {
        PRESENT,
        EMPTY
    }

    /** An instance of {@code type} with a sample value in every component; fails naming a component it cannot fill. */
    static DomainEvent generated(Class<? extends DomainEvent> type) {
        return generated(type, Optionals.PRESENT);
    }

    static <T> T generated(Class<T> type, Optionals optionals) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new AssertionError(type.getName() + " is not a record; events are records");
        }
        Object[] values = Arrays.stream(components)
                .map(component -> sampleFor(component, optionals))
                .toArray();
        Class<?>[] parameterTypes =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameterTypes).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot build an example of " + type.getName(), e);
        }
    }

    static boolean hasOptionalComponents(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getType() == Optional.class
                        || (c.getType().isRecord() && hasOptionalComponents(c.getType())));
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
                fundInvestment(),
                contractRegistration(),
                new TechContractCorrected(
                        REGISTRATION_NO,
                        LocalDate.of(2024, 2, 5),
                        ContractKind.DEVELOPMENT,
                        new ContractParty(Optional.empty(), "合肥工业大学"),
                        new ContractParty(Optional.of(USCC), "芜湖示例科技有限公司"),
                        new BigDecimal("2800000.00"),
                        new BigDecimal("2500000.01"),
                        LocalDate.of(2022, 12, 20),
                        LocalDate.of(2023, 12, 28),
                        District.JIUJIANG,
                        LocalDate.of(2024, 1, 8),
                        District.WHTZ,
                        new BigDecimal("3000000.10"),
                        new BigDecimal("2600000.05")),
                new ChallengeAwarded(
                        "challenge-0001",
                        USCC,
                        "芜湖示例科技有限公司",
                        new BigDecimal("5000000.00"),
                        LocalDate.of(2023, 7, 1),
                        ChallengeCategory.MAJOR_ACHIEVEMENT,
                        Industry.NEV_ICV),
                new MatchmakingActivityHeld(
                        "activity-0001",
                        "新能源汽车产业科技畅聊会",
                        ActivityKind.CITY_LEADER_FORUM,
                        LocalDate.of(2023, 5, 19),
                        Optional.empty(),
                        Optional.of(Industry.NEV_ICV)));
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

    /** Registered in January 2024 for a signing of December 2023, the seller a university without a USCC. */
    static TechContractRegistered contractRegistration() {
        return new TechContractRegistered(
                REGISTRATION_NO,
                ContractKind.DEVELOPMENT,
                new ContractParty(Optional.empty(), "合肥工业大学"),
                new ContractParty(Optional.of(USCC), "芜湖示例科技有限公司"),
                new BigDecimal("3000000.10"),
                new BigDecimal("2600000.05"),
                LocalDate.of(2023, 12, 20),
                LocalDate.of(2024, 1, 8),
                District.WHTZ);
    }

    private static Object sampleFor(RecordComponent component, Optionals optionals) {
        Class<?> type = component.getType();
        if (type == Optional.class) {
            if (optionals == Optionals.EMPTY) {
                return Optional.empty();
            }
            var content = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return Optional.of(sampleFor(component, content, optionals));
        }
        return sampleFor(component, type, optionals);
    }

    private static Object sampleFor(RecordComponent component, Class<?> type, Optionals optionals) {
        Object byName = BY_NAME.get(component.getName());
        if (byName != null) {
            return byName;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return generated(type, optionals);
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
