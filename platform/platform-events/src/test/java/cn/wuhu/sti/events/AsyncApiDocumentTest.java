package cn.wuhu.sti.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml names exactly the catalog's event types, with their topics and schemas. */
class AsyncApiDocumentTest {

    private static final Pattern EVENT_TYPE = Pattern.compile("const: (cn\\.wuhu\\.sti\\.[a-z-]+\\.[a-z-]+\\.v\\d+)");

    @Test
    void everyCatalogTypeIsDescribedWithItsTopicAndSchemaAndNoOtherTypeIs() throws Exception {
        String document = Files.readString(Path.of("../../docs/asyncapi.yaml"), StandardCharsets.UTF_8);

        var described =
                EVENT_TYPE.matcher(document).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(described)
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalog.all().stream().map(EventType::type).toList());
        assertThat(EventCatalog.all())
                .allSatisfy(type -> assertThat(document)
                        .contains("$ref: 'events/" + type.schemaPath() + "'")
                        .contains("address: " + type.topic()));
    }
}
