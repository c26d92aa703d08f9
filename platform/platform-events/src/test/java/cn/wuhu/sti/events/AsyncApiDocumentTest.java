package cn.wuhu.sti.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml names exactly the catalog's event types, with their topics and schemas. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("../../docs/asyncapi.yaml");
    private static final Pattern EVENT_TYPE = Pattern.compile("const: (cn\\.wuhu\\.sti\\.[a-z-]+\\.[a-z-]+\\.v\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCatalogTypeIsDescribedWithItsTopicAndSchemaAndNoOtherTypeIs() throws Exception {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);

        var described =
                EVENT_TYPE.matcher(document).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(described)
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalog.all().stream().map(EventType::type).toList());
        assertThat(EventCatalog.all())
                .allSatisfy(type -> assertThat(document)
                        .contains("$ref: 'events/" + type.schemaPath() + "'")
                        .contains("address: " + type.topic())
                        .contains("address: " + Topics.deadLetterOf(type.topic())));
    }

    @Test
    void theChannelsAreExactlyTheCatalogsTopicsTheirDeadLetterTopicsAndTheDepartmentsOwn() throws Exception {
        JsonNode channels = yaml().path("channels");
        List<String> topics =
                EventCatalog.all().stream().map(EventType::topic).distinct().toList();
        String departmentDeadLetters = Topics.deadLetterOf("{topic}", "{consumerGroup}");

        assertThat(channels.valueStream().map(channel -> channel.path("address").asText()))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(
                                topics.stream().flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic))),
                                Stream.of(departmentDeadLetters))
                        .toList());
        JsonNode department = channels.valueStream()
                .filter(channel -> channel.path("address").asText().equals(departmentDeadLetters))
                .findFirst()
                .orElseThrow();
        assertThat(department
                        .path("parameters")
                        .path("topic")
                        .path("enum")
                        .valueStream()
                        .map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void everyTopicsHeadersRequireTheCloudEventsAttributesAndNameTheRedriveHeader() throws Exception {
        JsonNode schemas = yaml().path("components").path("schemas");
        List<JsonNode> headers = schemas.properties().stream()
                .filter(schema -> schema.getKey().endsWith("CloudEventHeaders"))
                .map(java.util.Map.Entry::getValue)
                .toList();

        assertThat(headers).hasSize((int)
                EventCatalog.all().stream().map(EventType::topic).distinct().count());
        assertThat(headers).allSatisfy(schema -> {
            assertThat(schema.path("required").valueStream().map(JsonNode::asText))
                    .containsExactlyInAnyOrder(
                            "ce_specversion",
                            "ce_id",
                            "ce_source",
                            "ce_type",
                            "ce_time",
                            "ce_subject",
                            "ce_dataschema",
                            "content-type");
            assertThat(schema.path("properties").has("sti_redriven_from")).isTrue();
        });
    }

    private static JsonNode yaml() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    }

    @Test
    void everyMessageExampleIsAValidEventOfItsTypeKeyedByItsAggregate() throws Exception {
        JsonNode messages = new ObjectMapper(new YAMLFactory())
                .readTree(DOCUMENT.toFile())
                .path("components")
                .path("messages");
        List<EventType> described = EventCatalog.all().stream()
                .filter(type -> messages.valueStream()
                        .anyMatch(m -> m.path("name").asText().equals(type.type())))
                .toList();

        assertThat(described).hasSameSizeAs(EventCatalog.all());
        for (JsonNode message : messages.valueStream().toList()) {
            var type = EventCatalog.byType(message.path("name").asText());
            if (type.isEmpty()) {
                continue;
            }
            assertThat(message.path("payload").path("$ref").asText())
                    .isEqualTo("events/" + type.get().schemaPath());
            assertThat(message.path("examples"))
                    .as("examples of %s", type.get().type())
                    .isNotEmpty();
            for (JsonNode example : message.path("examples")) {
                assertExampleIsAValidEvent(type.get(), example);
            }
        }
    }

    private static void assertExampleIsAValidEvent(EventType type, JsonNode example) throws Exception {
        JsonNode headers = example.path("headers");
        JsonNode payload = example.path("payload");
        try (InputStream schema = AsyncApiDocumentTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(schema)
                            .validate(payload))
                    .as("example payload of %s", type.type())
                    .isEmpty();
        }
        DomainEvent event = EventCodec.fromJson(type.type(), JSON.writeValueAsBytes(payload));
        assertThat(headers.path("ce_type").asText()).isEqualTo(type.type());
        assertThat(headers.path("ce_dataschema").asText()).isEqualTo("https://sti.wuhu.cn/events/" + type.schemaPath());
        assertThat(headers.path("ce_subject").asText()).isEqualTo(event.aggregateId());
    }
}
