package cn.wuhu.sti.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.events.talent.EnclaveEvent;
import cn.wuhu.sti.events.talent.FundProjectEvent;
import cn.wuhu.sti.events.talent.TeamEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contract holds together: every event record of every sealed family is in the catalog, on its
 * family's topic, with a schema that describes exactly its fields, and its JSON satisfies that schema.
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
                .contains(EnterpriseEvent.class, TeamEvent.class, FundProjectEvent.class, EnclaveEvent.class);
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
        List<String> components = Arrays.stream(type.javaType().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("https://sti.wuhu.cn/events/" + type.schemaPath());
        assertThat(schema.path("title").asText()).isEqualTo(type.type());
        assertThat(schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean())
                .as("additionalProperties: false")
                .isTrue();
        assertThat(schema.path("required").valueStream().map(JsonNode::asText)).containsExactlyElementsOf(components);
        assertThat(schema.path("properties").fieldNames()).toIterable().containsExactlyElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void anExampleOfEveryTypeIsValidAgainstItsSchemaAndReadsBackEqual(EventType type) throws Exception {
        DomainEvent event = EventExamples.generated(type.javaType());

        assertValidAndReadsBackEqual(event);
        assertThat(event.aggregateId()).isNotBlank();
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
    void amountsAreWrittenAsExactNumbers() {
        String report = new String(EventCodec.toJson(EventExamples.annualReport()), StandardCharsets.UTF_8);
        String investment = new String(EventCodec.toJson(EventExamples.fundInvestment()), StandardCharsets.UTF_8);

        assertThat(report).contains("\"revenue\":123456789.01").contains("\"rdExpense\":0.10");
        assertThat(investment).contains("\"amount\":5000000.50");
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
