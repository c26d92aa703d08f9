package cn.wuhu.sti.events.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Compares the JSON Schema of an event type in the last release with the one published now, as a subscriber sees
 * them: the new schema must read every event published under the old one (replays from the start of a topic) and a
 * subscriber still on the old schema must read every new event. Both directions matter because the schemas are
 * closed ({@code additionalProperties: false}) and subscribers validate. Words only ({@code description},
 * {@code title}, {@code examples}) may change; anything else is a new type version ({@code ….v2}) beside the old.
 */
public final class SchemaCompatibility {

    /** Keywords that describe and do not constrain. */
    private static final Set<String> WORDS = Set.of("description", "title", "examples", "$comment", "$id", "$schema");
    /** Keywords compared on their own terms; every other keyword is a constraint compared for equality. */
    private static final Set<String> STRUCTURE = Set.of("type", "properties", "required", "enum", "items");

    public static List<Break> breakingChanges(JsonNode released, JsonNode current) {
        List<Break> breaks = new ArrayList<>();
        compare("", released, current, breaks);
        return breaks;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<Break> breaks) {
        compareTypes(path, released, current, breaks);
        compareEnums(path, released, current, breaks);
        compareConstraints(path, released, current, breaks);
        compareProperties(path, released, current, breaks);
        if (released.has("items") || current.has("items")) {
            compare(path + "[]", released.path("items"), current.path("items"), breaks);
        }
    }

    private static void compareTypes(String path, JsonNode released, JsonNode current, List<Break> breaks) {
        Set<String> before = types(released);
        Set<String> after = types(current);
        if (!before.equals(after)) {
            breaks.add(new Break(Break.Kind.TYPE_CHANGED, path, "was " + before + ", is " + after));
        }
    }

    private static void compareEnums(String path, JsonNode released, JsonNode current, List<Break> breaks) {
        if (!released.has("enum") && !current.has("enum")) {
            return;
        }
        Set<String> before = texts(released.path("enum"));
        Set<String> after = texts(current.path("enum"));
        before.stream()
                .filter(value -> !after.contains(value))
                .forEach(value -> breaks.add(new Break(Break.Kind.ENUM_VALUE_REMOVED, path, value)));
        after.stream()
                .filter(value -> !before.contains(value))
                .forEach(value -> breaks.add(new Break(Break.Kind.ENUM_VALUE_ADDED, path, value)));
    }

    private static void compareConstraints(String path, JsonNode released, JsonNode current, List<Break> breaks) {
        Set<String> keywords = new TreeSet<>();
        released.fieldNames().forEachRemaining(keywords::add);
        current.fieldNames().forEachRemaining(keywords::add);
        keywords.stream()
                .filter(keyword -> !WORDS.contains(keyword) && !STRUCTURE.contains(keyword))
                .filter(keyword ->
                        !Objects.equals(withoutWords(released.get(keyword)), withoutWords(current.get(keyword))))
                .forEach(keyword -> breaks.add(new Break(
                        Break.Kind.CONSTRAINT_CHANGED,
                        path,
                        keyword + " was " + released.get(keyword) + ", is " + current.get(keyword))));
    }

    private static void compareProperties(String path, JsonNode released, JsonNode current, List<Break> breaks) {
        JsonNode before = released.path("properties");
        JsonNode after = current.path("properties");
        List<String> removed =
                names(before).stream().filter(name -> !after.has(name)).toList();
        List<String> added =
                names(after).stream().filter(name -> !before.has(name)).toList();
        List<String> renamedTo = new ArrayList<>();
        for (String name : removed) {
            var sameDefinition = added.stream()
                    .filter(candidate -> !renamedTo.contains(candidate))
                    .filter(candidate -> withoutWords(before.get(name)).equals(withoutWords(after.get(candidate))))
                    .findFirst();
            if (sameDefinition.isPresent()) {
                renamedTo.add(sameDefinition.get());
                breaks.add(new Break(
                        Break.Kind.FIELD_RENAMED, field(path, name), "now " + field(path, sameDefinition.get())));
            } else {
                breaks.add(new Break(Break.Kind.FIELD_REMOVED, field(path, name), "no longer in the schema"));
            }
        }
        Set<String> requiredBefore = texts(released.path("required"));
        Set<String> requiredAfter = texts(current.path("required"));
        for (String name : added) {
            if (!renamedTo.contains(name)) {
                breaks.add(new Break(
                        Break.Kind.FIELD_ADDED,
                        field(path, name),
                        requiredAfter.contains(name) ? "new and required" : "new, optional"));
            }
        }
        for (String name : names(before)) {
            if (!after.has(name)) {
                continue;
            }
            if (!requiredBefore.contains(name) && requiredAfter.contains(name)) {
                breaks.add(new Break(Break.Kind.FIELD_NOW_REQUIRED, field(path, name), "was optional"));
            }
            if (requiredBefore.contains(name) && !requiredAfter.contains(name)) {
                breaks.add(new Break(Break.Kind.FIELD_NO_LONGER_REQUIRED, field(path, name), "was required"));
            }
            compare(field(path, name), before.get(name), after.get(name), breaks);
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? texts(type) : type.isMissingNode() ? Set.of() : Set.of(type.asText());
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema as a validator sees it: descriptions dropped, at every depth. */
    private static JsonNode withoutWords(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    /** Words are dropped from schemas, never from a {@code properties} map, whose keys are field names. */
    private static void strip(JsonNode schema) {
        if (schema.isArray()) {
            schema.forEach(SchemaCompatibility::strip);
        }
        if (!schema.isObject()) {
            return;
        }
        ((ObjectNode) schema).remove(WORDS);
        schema.properties().forEach(entry -> {
            if (entry.getKey().equals("properties")) {
                entry.getValue().forEach(SchemaCompatibility::strip);
            } else {
                strip(entry.getValue());
            }
        });
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private SchemaCompatibility() {}
}
