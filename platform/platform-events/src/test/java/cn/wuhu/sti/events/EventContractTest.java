package cn.wuhu.sti.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.events.parks.CarrierEvent;
import cn.wuhu.sti.events.parks.DispatchEvent;
import cn.wuhu.sti.events.parks.ParkEvent;
import cn.wuhu.sti.events.parks.PlatformEvent;
import cn.wuhu.sti.events.statistics.StatisticsEvent;
import cn.wuhu.sti.events.talent.EnclaveEvent;
import cn.wuhu.sti.events.talent.FundProjectEvent;
import cn.wuhu.sti.events.talent.TeamEvent;
import cn.wuhu.sti.events.techmarket.AchievementEvent;
import cn.wuhu.sti.events.techmarket.ActivityEvent;
import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.events.techmarket.ChallengeEvent;
import cn.wuhu.sti.events.techmarket.ContractEvent;
import cn.wuhu.sti.events.techmarket.DemandEvent;
import cn.wuhu.sti.events.techmarket.MatchEvent;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.events.techmarket.ProgrammeProjectEvent;
import cn.wuhu.sti.events.techmarket.ScenarioEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contract holds together: every event record of every sealed family is in the catalog, on its
 * family's topic, with a schema that describes exactly its fields, and its JSON satisfies that schema. A component
 * typed {@link Optional} is an optional field: in the schema's properties, not in its required list, and null or
 * absent in a body reads as empty.
 */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CE_TYPE =
            Pattern.compile("cn\\.wuhu\\.sti\\.([a-z]+)\\.([a-z]+(?:-[a-z]+)*)\\.v(\\d+)");

    /** The contract's compiled classes, so a family or record nobody catalogued is found too. */
    private static final List<Class<?>> CONTRACT_EVENT_CLASSES = StreamSupport.stream(
                    new ClassFileImporter()
                            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                            .importPackages("cn.wuhu.sti.events")
                            .spliterator(),
                    false)
            .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isEquivalentTo(DomainEvent.class))
            .map(JavaClass::reflect)
            .toList();

    static Stream<Class<?>> eventFamilies() {
        return CONTRACT_EVENT_CLASSES.stream().filter(c -> c.isInterface() && c.isSealed());
    }

    static Stream<EventType> catalog() {
        return EventCatalog.all().stream();
    }

    static Stream<EventType> typesWithOptionalFields() {
        return catalog().filter(type -> EventExamples.hasOptionalComponents(type.javaType()));
    }

    static Stream<DomainEvent> handWrittenEvents() {
        return EventExamples.handWritten();
    }

    @Test
    void everyEventRecordOfTheContractIsInTheCatalog() {
        var records = CONTRACT_EVENT_CLASSES.stream()
                .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                .toList();

        assertThat(records)
                .allSatisfy(
                        c -> assertThat(c.isRecord()).as("%s is a record", c).isTrue());
        assertThat(records)
                .containsExactlyInAnyOrderElementsOf(
                        catalog().map(EventType::javaType).toList());
    }

    @Test
    void theFamiliesOfEveryContextAreFound() {
        assertThat(eventFamilies())
                .contains(EnterpriseEvent.class, TeamEvent.class, FundProjectEvent.class, EnclaveEvent.class)
                .contains(
                        ContractEvent.class,
                        AchievementEvent.class,
                        DemandEvent.class,
                        MatchEvent.class,
                        ChallengeEvent.class,
                        ScenarioEvent.class,
                        ProgrammeProjectEvent.class,
                        ActivityEvent.class)
                .contains(ParkEvent.class, CarrierEvent.class, PlatformEvent.class, DispatchEvent.class)
                .contains(StatisticsEvent.class);
    }

    @ParameterizedTest
    @MethodSource("eventFamilies")
    void everyMemberOfAFamilyIsCataloguedOnTheFamilysOneTopic(Class<?> family) {
        List<Class<?>> members = Arrays.asList(family.getPermittedSubclasses());

        assertThat(members)
                .isNotEmpty()
                .allSatisfy(member -> assertThat(member.isRecord())
                        .as("%s is a record", member)
                        .isTrue());
        var topics = members.stream()
                .map(member ->
                        EventCatalog.of(member.asSubclass(DomainEvent.class)).topic())
                .distinct()
                .toList();
        assertThat(topics)
                .as("one aggregate's events share a topic, so they stay in order")
                .hasSize(1);
    }

    @Test
    void everyCatalogTypeBelongsToASealedFamily() {
        assertThat(catalog().map(EventType::javaType))
                .allSatisfy(type -> assertThat(type.getInterfaces())
                        .as("sealed families of %s", type)
                        .filteredOn(Class::isSealed)
                        .hasSize(1));
    }

    @Test
    void everyTypeIsNamedAfterItsContextAndVersionWhichItsTopicAndSchemaPathRepeat() {
        assertThat(catalog().map(EventType::type)).doesNotHaveDuplicates();
        assertThat(catalog().map(EventType::schemaPath)).doesNotHaveDuplicates();
        assertThat(catalog()).allSatisfy(type -> {
            Matcher name = CE_TYPE.matcher(type.type());
            assertThat(name.matches())
                    .as("%s is cn.wuhu.sti.<context>.<name>.v<N>", type.type())
                    .isTrue();
            String context = name.group(1);
            assertThat(type.topic()).isEqualTo("sti." + context + ".v1");
            assertThat(type.schemaPath())
                    .isEqualTo(context + "/" + name.group(2) + ".v" + name.group(3) + ".schema.json");
        });
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void theSchemaDescribesExactlyTheRecordsFieldsAndAllowsNoOthers(EventType type) throws Exception {
        JsonNode schema = schemaDocumentOf(type);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("https://sti.wuhu.cn/events/" + type.schemaPath());
        assertThat(schema.path("title").asText()).isEqualTo(type.type());
        assertDescribesExactly(schema, type.javaType());
    }

    /** Nested records (a contract's parties) are described the same way, inline. */
    private static void assertDescribesExactly(JsonNode schema, Class<?> record) {
        List<RecordComponent> components = Arrays.asList(record.getRecordComponents());
        List<String> required = components.stream()
                .filter(c -> c.getType() != Optional.class)
                .map(RecordComponent::getName)
                .toList();

        assertThat(schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean())
                .as("additionalProperties: false for %s", record)
                .isTrue();
        assertThat(schema.path("required").valueStream().map(JsonNode::asText))
                .as("required fields of %s: every component not typed Optional", record)
                .containsExactlyElementsOf(required);
        assertThat(schema.path("properties").fieldNames())
                .toIterable()
                .containsExactlyElementsOf(
                        components.stream().map(RecordComponent::getName).toList());
        for (RecordComponent component : components) {
            if (component.getType().isRecord()) {
                assertDescribesExactly(schema.path("properties").path(component.getName()), component.getType());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void anExampleOfEveryTypeIsValidAgainstItsSchemaAndReadsBackEqual(EventType type) throws Exception {
        DomainEvent event = EventExamples.generated(type.javaType());

        assertValidAndReadsBackEqual(event);
        assertThat(event.aggregateId()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("typesWithOptionalFields")
    void anExampleWithEveryOptionalFieldEmptyIsValidAgainstItsSchemaAndReadsBackEqual(EventType type) throws Exception {
        DomainEvent event = EventExamples.generated(type.javaType(), EventExamples.Optionals.EMPTY);

        assertValidAndReadsBackEqual(event);
    }

    @Test
    void anOptionalFieldLeftOutOfABodyReadsAsEmpty() {
        byte[] body = ("{\"activityId\":\"a-1\",\"title\":\"双创汇\",\"kind\":\"INNOVATION_FAIR\","
                        + "\"heldOn\":\"2023-06-01\"}")
                .getBytes(StandardCharsets.UTF_8);

        DomainEvent event = EventCodec.fromJson("cn.wuhu.sti.techmarket.matchmaking-activity-held.v1", body);

        assertThat(event)
                .isEqualTo(new MatchmakingActivityHeld(
                        "a-1",
                        "双创汇",
                        ActivityKind.INNOVATION_FAIR,
                        LocalDate.of(2023, 6, 1),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void aRequiredFieldThatIsNullIsAnInvalidEventNotAnEmptyOne() {
        byte[] body = ("{\"activityId\":\"a-1\",\"title\":null,\"kind\":\"INNOVATION_FAIR\","
                        + "\"heldOn\":\"2023-06-01\",\"district\":null,\"industry\":null}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.fromJson("cn.wuhu.sti.techmarket.matchmaking-activity-held.v1", body))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("title");
    }

    @Test
    void aContractPartyWithoutItsNameIsAnInvalidEvent() throws Exception {
        var body = (ObjectNode) JSON.readTree(EventCodec.toJson(EventExamples.contractRegistration()));
        ((ObjectNode) body.path("seller")).remove("name");
        byte[] json = JSON.writeValueAsBytes(body);
        EventType type = EventCatalog.byType("cn.wuhu.sti.techmarket.tech-contract-registered.v1")
                .orElseThrow();

        assertThat(schemaOf(type).validate(body)).isNotEmpty();
        assertThatThrownBy(() -> EventCodec.fromJson(type.type(), json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("name");
    }

    @ParameterizedTest
    @MethodSource("handWrittenEvents")
    void realisticEventsAreValidAgainstTheirSchemasAndReadBackEqual(DomainEvent event) throws Exception {
        assertValidAndReadsBackEqual(event);
    }

    @Test
    void schemaRejectsABodyMissingARequiredField() throws Exception {
        EventType type =
                EventCatalog.byType("cn.wuhu.sti.enterprise.recognized.v1").orElseThrow();
        JsonNode body = JSON.readTree("{\"uscc\":\"" + EventExamples.USCC + "\",\"tier\":\"HIGH_TECH\"}");

        assertThat(schemaOf(type).validate(body)).isNotEmpty();
    }

    @Test
    void schemaRejectsAnInvestmentOfNothing() throws Exception {
        EventType type = EventCatalog.byType("cn.wuhu.sti.talent.fund-project-invested.v1")
                .orElseThrow();
        JsonNode body = JSON.readTree(
                "{\"projectId\":\"p-1\",\"investedOn\":\"2023-04-18\",\"amount\":0,\"industry\":\"SEMI_3G\"}");

        assertThat(schemaOf(type).validate(body)).isNotEmpty();
    }

    @Test
    void schemaRejectsAnAwardAboveTheCapOfItsCategory() throws Exception {
        EventType type = EventCatalog.byType("cn.wuhu.sti.techmarket.challenge-awarded.v1")
                .orElseThrow();
        String award = "{\"challengeId\":\"c-1\",\"winnerUscc\":\"" + EventExamples.USCC
                + "\",\"winnerName\":\"芜湖示例科技有限公司\",\"amount\":5000000.01,\"awardedOn\":\"2023-07-01\","
                + "\"category\":\"%s\",\"industry\":\"NEV_ICV\"}";

        assertThat(schemaOf(type).validate(JSON.readTree(award.formatted("MAJOR_ACHIEVEMENT"))))
                .isNotEmpty();
        assertThat(schemaOf(type).validate(JSON.readTree(award.formatted("KEY_CORE_TECH"))))
                .isEmpty();
    }

    @Test
    void schemaRejectsARegistrationNumberThatIsNotSixteenDigits() throws Exception {
        EventType type = EventCatalog.byType("cn.wuhu.sti.techmarket.tech-contract-registered.v1")
                .orElseThrow();
        var body = (ObjectNode) JSON.readTree(EventCodec.toJson(EventExamples.contractRegistration()));
        body.put("registrationNo", "202334020000012");

        assertThat(schemaOf(type).validate(body)).isNotEmpty();
    }

    @Test
    void amountsAreWrittenAsExactNumbers() {
        String report = new String(EventCodec.toJson(EventExamples.annualReport()), StandardCharsets.UTF_8);
        String investment = new String(EventCodec.toJson(EventExamples.fundInvestment()), StandardCharsets.UTF_8);

        assertThat(report).contains("\"revenue\":123456789.01").contains("\"rdExpense\":0.10");
        assertThat(investment).contains("\"amount\":5000000.50");
        String contract = new String(EventCodec.toJson(EventExamples.contractRegistration()), StandardCharsets.UTF_8);
        assertThat(contract).contains("\"contractAmount\":3000000.10").contains("\"techTransactionAmount\":2600000.05");
        assertThat(contract).contains("\"seller\":{\"uscc\":null,\"name\":\"合肥工业大学\"}");
    }

    @Test
    void aBodyOfTheWrongShapeIsAnInvalidEventNotASilentDefault() {
        byte[] wrong = "{\"uscc\":\"x\",\"tier\":\"HIGH_TECH\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.fromJson("cn.wuhu.sti.enterprise.recognized.v1", wrong))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("com.example.unknown.v1", wrong))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Unknown event type");
    }

    private static void assertValidAndReadsBackEqual(DomainEvent event) throws Exception {
        EventType type = EventCatalog.of(event);
        byte[] json = EventCodec.toJson(event);

        assertThat(schemaOf(type).validate(JSON.readTree(json)))
                .as("%s against %s", new String(json, StandardCharsets.UTF_8), type.schemaPath())
                .isEmpty();
        assertThat(EventCodec.fromJson(type.type(), json)).isEqualTo(event);
    }

    private static JsonNode schemaDocumentOf(EventType type) throws Exception {
        try (InputStream in = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonSchema schemaOf(EventType type) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaDocumentOf(type));
    }
}
