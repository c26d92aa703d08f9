package cn.wuhu.sti.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.events.compatibility.Break.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker behind {@link PublishedSchemasStayCompatibleTest}, fed the released {@code recognized.v1} schema and a
 * copy broken on purpose in one way each: it names exactly that break, and nothing for a change of words.
 */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode released = released("enterprise/recognized.v1.schema.json");
    private final ObjectNode changed = released.deepCopy();

    @Test
    void theSameSchemaBreaksNothing() {
        assertThat(SchemaCompatibility.breakingChanges(released, changed)).isEmpty();
    }

    @Test
    void newWordsBreakNothing() {
        changed.put("description", "另一种说法");
        property("renewal").put("description", "reworded");

        assertThat(SchemaCompatibility.breakingChanges(released, changed)).isEmpty();
    }

    @Test
    void aRemovedFieldIsReportedAsRemoved() {
        properties().remove("renewal");
        required().removeIf(name -> name.asText().equals("renewal"));

        assertThat(breaks()).containsExactly(new Break(Kind.FIELD_REMOVED, "renewal", "no longer in the schema"));
    }

    @Test
    void aRenamedFieldIsReportedAsRenamed() {
        JsonNode definition = properties().remove("validUntil");
        properties().set("expiresOn", definition);
        replaceRequired("validUntil", "expiresOn");

        assertThat(breaks()).containsExactly(new Break(Kind.FIELD_RENAMED, "validUntil", "now expiresOn"));
    }

    @Test
    void aChangedTypeIsReported() {
        property("renewal").put("type", "string");

        assertThat(breaks()).containsExactly(new Break(Kind.TYPE_CHANGED, "renewal", "was [boolean], is [string]"));
    }

    @Test
    void aFieldMadeNullableIsATypeChange() {
        property("certificateNo").putArray("type").add("string").add("null");

        assertThat(breaks())
                .containsExactly(new Break(Kind.TYPE_CHANGED, "certificateNo", "was [string], is [string, null]"));
    }

    @Test
    void aNewRequiredFieldIsReported() {
        properties().putObject("certificateAuthority").put("type", "string");
        required().add("certificateAuthority");

        assertThat(breaks()).containsExactly(new Break(Kind.FIELD_ADDED, "certificateAuthority", "new and required"));
    }

    @Test
    void aNewOptionalFieldBreaksTheClosedSchemaOfTheRelease() {
        properties().putObject("remark").putArray("type").add("string").add("null");

        assertThat(breaks()).containsExactly(new Break(Kind.FIELD_ADDED, "remark", "new, optional"));
    }

    @Test
    void aRemovedEnumValueIsReported() {
        ArrayNode tiers = (ArrayNode) property("tier").path("enum");
        tiers.remove(3);

        assertThat(breaks()).containsExactly(new Break(Kind.ENUM_VALUE_REMOVED, "tier", "LITTLE_GIANT"));
    }

    @Test
    void anAddedEnumValueIsReported() {
        ((ArrayNode) property("district").path("enum")).add("SANSHAN");

        assertThat(breaks()).containsExactly(new Break(Kind.ENUM_VALUE_ADDED, "district", "SANSHAN"));
    }

    @Test
    void aRequiredFieldMadeOptionalIsReported() {
        replaceRequired("renewal", null);

        assertThat(breaks()).containsExactly(new Break(Kind.FIELD_NO_LONGER_REQUIRED, "renewal", "was required"));
    }

    @Test
    void aTightenedBoundIsReported() {
        property("certificateNo").put("maxLength", 32);

        assertThat(breaks())
                .containsExactly(new Break(Kind.CONSTRAINT_CHANGED, "certificateNo", "maxLength was 64, is 32"));
    }

    @Test
    void aBreakInsideANestedObjectNamesItsPath() {
        ObjectNode contract = released("techmarket/tech-contract-registered.v1.schema.json");
        ObjectNode broken = contract.deepCopy();
        ((ObjectNode) broken.path("properties").path("seller").path("properties")).remove("uscc");

        assertThat(SchemaCompatibility.breakingChanges(contract, broken))
                .containsExactly(new Break(Kind.FIELD_REMOVED, "seller.uscc", "no longer in the schema"));
    }

    @Test
    void aFieldNamedLikeAKeywordIsComparedAsAField() {
        ObjectNode achievement = released("techmarket/achievement-published.v1.schema.json");
        ObjectNode broken = achievement.deepCopy();
        ((ObjectNode) broken.path("properties").path("title")).put("type", "integer");

        assertThat(SchemaCompatibility.breakingChanges(achievement, broken))
                .containsExactly(new Break(Kind.TYPE_CHANGED, "title", "was [string], is [integer]"));
    }

    private List<Break> breaks() {
        return SchemaCompatibility.breakingChanges(released, changed);
    }

    private ObjectNode properties() {
        return (ObjectNode) changed.path("properties");
    }

    private ObjectNode property(String name) {
        return (ObjectNode) properties().path(name);
    }

    private ArrayNode required() {
        return (ArrayNode) changed.path("required");
    }

    private void replaceRequired(String name, String replacement) {
        ArrayNode required = required();
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asText().equals(name)) {
                if (replacement == null) {
                    required.remove(i);
                } else {
                    required.set(i, replacement);
                }
                return;
            }
        }
    }

    private static ObjectNode released(String schemaPath) {
        try {
            return (ObjectNode) JSON.readTree(
                    Path.of("../../docs/events/baseline", schemaPath).toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
