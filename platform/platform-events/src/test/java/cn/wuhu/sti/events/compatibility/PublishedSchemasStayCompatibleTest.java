package cn.wuhu.sti.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema of the last release ({@code docs/events/baseline/}) is still published, under the same path, and a
 * subscriber of that release reads what is published now. A breaking change is a new type version ({@code ….v2})
 * with a schema of its own beside the old one; the baseline only grows at a release.
 */
class PublishedSchemasStayCompatibleTest {

    private static final Path BASELINE = Path.of("../../docs/events/baseline");
    private static final Path CURRENT = Path.of("../../docs/events");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> releasedSchemas() throws IOException {
        try (Stream<Path> files = Files.walk(BASELINE)) {
            return files
                    .filter(file -> file.toString().endsWith(".schema.json"))
                    .map(file -> BASELINE.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theBaselineHoldsTheReleasedContract() throws IOException {
        assertThat(releasedSchemas()).hasSizeGreaterThanOrEqualTo(43);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedSchemas")
    void aReleasedSchemaIsStillPublishedAndReadsTheSameEvents(String schemaPath) {
        JsonNode released = read(BASELINE.resolve(schemaPath));
        Path current = CURRENT.resolve(schemaPath);

        List<Break> breaks = Files.exists(current)
                ? SchemaCompatibility.breakingChanges(released, read(current))
                : List.of(new Break(Break.Kind.SCHEMA_REMOVED, "", schemaPath + " is no longer published"));

        assertThat(breaks).as("""
                        %s would break subscribers of the last release. Publish the change as a new version \
                        (….v%d) beside this one instead.""", schemaPath, nextVersion(schemaPath)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedSchemas")
    void aReleasedTypeIsStillInTheCatalogWithItsSchema(String schemaPath) {
        String ceType = read(BASELINE.resolve(schemaPath)).path("title").asText();

        assertThat(EventCatalog.byType(ceType))
                .as("%s, released, is still published", ceType)
                .get()
                .extracting(EventType::schemaPath)
                .isEqualTo(schemaPath);
    }

    private static int nextVersion(String schemaPath) {
        String version = schemaPath.replaceAll(".*\\.v(\\d+)\\.schema\\.json$", "$1");
        return Integer.parseInt(version) + 1;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
