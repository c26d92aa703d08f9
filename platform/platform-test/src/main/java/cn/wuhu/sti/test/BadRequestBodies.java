package cn.wuhu.sti.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies an endpoint must refuse, derived from one valid body of it: malformed and truncated JSON, a field of
 * the wrong JSON type or missing, text longer than any field takes, numbers too large to store, deep nesting, bytes
 * that are not UTF-8, and bodies over the size limit. Every top-level field of the valid body is taken as required
 * and of the JSON type it has there; nested values are not varied.
 *
 * <pre>{@code
 * for (BadBody bad : BadRequestBodies.derivedFrom(validJson, 255, 65_536).sample(300)) { ... }
 * }</pre>
 */
public final class BadRequestBodies {

    /** What is wrong with a body; only {@link #TOO_LARGE} passes the size limit. */
    public enum Flaw {
        MALFORMED,
        TRUNCATED,
        WRONG_TYPE,
        MISSING_FIELD,
        TOO_LONG_TEXT,
        TOO_LARGE_NUMBER,
        DEEP_NESTING,
        NOT_UTF8,
        TOO_LARGE
    }

    /** One body to send, with what is wrong with it, so a failure can name the input. */
    public record BadBody(Flaw flaw, String description, byte[] content) {

        @Override
        public String toString() {
            String text = new String(content, StandardCharsets.UTF_8);
            String shown = text.length() > 160 ? text.substring(0, 160) + "… (" + content.length + " bytes)" : text;
            return flaw + " " + description + ": " + shown;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SPLICE = "SPLICE-3f9c1e";

    private final ObjectNode valid;
    private final String validText;
    private final List<String> fields;
    private final int longestText;
    private final int maxBodyBytes;

    private BadRequestBodies(ObjectNode valid, int longestText, int maxBodyBytes) {
        this.valid = valid;
        this.validText = JSON.writeValueAsString(valid);
        this.fields = new ArrayList<>(valid.propertyNames());
        this.longestText = longestText;
        this.maxBodyBytes = maxBodyBytes;
        if (fields.isEmpty() || validText.length() * 2 > maxBodyBytes) {
            throw new IllegalArgumentException("the valid body needs fields and must be well under the size limit");
        }
    }

    /**
     * @param validBody a body the endpoint accepts, a JSON object
     * @param longestText the most characters any text field of the endpoint takes
     * @param maxBodyBytes the service's body size limit
     */
    public static BadRequestBodies derivedFrom(String validBody, int longestText, int maxBodyBytes) {
        if (!(JSON.readTree(validBody) instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the valid body must be a JSON object");
        }
        return new BadRequestBodies(object, longestText, maxBodyBytes);
    }

    /** Every flaw, the size-limit ones rarer since each costs a large body. */
    public Arbitrary<BadBody> all() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, malformed()),
                Tuple.of(2, truncated()),
                Tuple.of(4, wrongType()),
                Tuple.of(1, missingField()),
                Tuple.of(2, tooLongText()),
                Tuple.of(2, tooLargeNumber()),
                Tuple.of(1, deepNesting()),
                Tuple.of(1, notUtf8()),
                Tuple.of(1, tooLarge()));
    }

    /**
     * {@code count} bodies from {@link #all()}, fresh ones each run: jqwik's sampling outside a property takes no
     * seed, so a failure must name its input (each {@link BadBody} prints as its flaw and its first characters).
     */
    public List<BadBody> sample(int count) {
        return all().sampleStream().limit(count).toList();
    }

    public Arbitrary<BadBody> malformed() {
        Arbitrary<String> garbage = Arbitraries.strings()
                .withChars("{}[]:,\"'\\ \t\nabcnultrefs0123456789.-+eE/*#")
                .withCharRange('\u4e00', '\u4e10')
                .ofMaxLength(400)
                .filter(text -> !text.isBlank());
        Arbitrary<String> broken = Arbitraries.of(
                "{\"" + fields.get(0) + "\" " + validText.substring(validText.indexOf(':') + 1),
                validText.replaceFirst(":", "="),
                validText.replace('"', '\''),
                validText.replaceFirst(",", ",,"),
                validText.substring(0, validText.length() - 1) + ",}",
                validText + "}",
                validText + " x",
                validText + validText,
                "/* note */" + validText,
                validText.replaceFirst("\"(\\w+)\":", "$1:"),
                "[" + validText,
                "{" + validText + "}");
        return Arbitraries.oneOf(garbage, broken).map(text -> body(Flaw.MALFORMED, "", text));
    }

    public Arbitrary<BadBody> truncated() {
        return Arbitraries.integers()
                .between(0, validText.length() - 1)
                .map(cut -> body(Flaw.TRUNCATED, "after " + cut + " characters", validText.substring(0, cut)));
    }

    public Arbitrary<BadBody> wrongType() {
        return Combinators.combine(
                        Arbitraries.of(fields), Arbitraries.integers().between(0, 99))
                .as((field, pick) -> {
                    List<JsonNode> wrong = wrongValuesFor(valid.get(field));
                    JsonNode value = wrong.get(pick % wrong.size());
                    return body(Flaw.WRONG_TYPE, field + " = " + value, with(field, value));
                });
    }

    public Arbitrary<BadBody> missingField() {
        return Arbitraries.of(fields).map(field -> {
            ObjectNode copy = valid.deepCopy();
            copy.remove(field);
            return body(Flaw.MISSING_FIELD, field, JSON.writeValueAsString(copy));
        });
    }

    /** Text just over the longest field up to whatever fits the size limit, in characters of 1 to 3 UTF-8 bytes. */
    public Arbitrary<BadBody> tooLongText() {
        int longest = Math.max(longestText + 1, room() / 3 - 64);
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('\u00e0', '\u00ff')
                .withCharRange('\u4e00', '\u9fa5')
                .ofMinLength(longestText + 1)
                .ofMaxLength(longest);
        return Combinators.combine(textFields(), text)
                .as((field, value) -> body(
                        Flaw.TOO_LONG_TEXT,
                        field + " of " + value.length() + " characters",
                        with(field, NODES.stringNode(value))));
    }

    /** Numbers beyond a 64-bit integer or a Decimal128: huge, tiny, over-precise, or with an exponent out of range. */
    public Arbitrary<BadBody> tooLargeNumber() {
        Arbitrary<String> digits = Arbitraries.strings()
                .numeric()
                .ofMinLength(40)
                .ofMaxLength(2000)
                .map(text -> "9" + text);
        Arbitrary<String> number = Arbitraries.oneOf(
                digits,
                digits.map(text -> "0." + text),
                digits.map(text -> text + "." + text),
                Arbitraries.of("1e400", "1E999999999", "1e-400", "-1e400", "9223372036854775808"));
        return Combinators.combine(Arbitraries.of(fields), number)
                .as((field, value) ->
                        body(Flaw.TOO_LARGE_NUMBER, field + " = " + abbreviated(value), withRaw(field, value)));
    }

    public Arbitrary<BadBody> deepNesting() {
        return Combinators.combine(
                        Arbitraries.integers().between(600, room() / 7),
                        Arbitraries.of("[", "{\"a\":"),
                        Arbitraries.of(fields),
                        Arbitraries.of(true, false))
                .as((depth, open, field, closed) -> {
                    String close = open.equals("[") ? "]" : "}";
                    String nested = open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
                    return body(Flaw.DEEP_NESTING, field + " nested " + depth + " deep", withRaw(field, nested));
                });
    }

    public Arbitrary<BadBody> notUtf8() {
        return Combinators.combine(
                        textFields(),
                        Arbitraries.of(
                                new byte[] {(byte) 0xC3, 0x28},
                                new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xE2, (byte) 0x82},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .as((field, bytes) -> {
                    String[] around = withRaw(field, "\"" + SPLICE + "\"").split(SPLICE);
                    byte[] before = around[0].getBytes(StandardCharsets.UTF_8);
                    byte[] after = around[1].getBytes(StandardCharsets.UTF_8);
                    byte[] content = new byte[before.length + bytes.length + after.length];
                    System.arraycopy(before, 0, content, 0, before.length);
                    System.arraycopy(bytes, 0, content, before.length, bytes.length);
                    System.arraycopy(after, 0, content, before.length + bytes.length, after.length);
                    return new BadBody(Flaw.NOT_UTF8, field + " holds invalid UTF-8", content);
                });
    }

    /** Over the limit: one huge text field, or a huge array beside the fields. */
    public Arbitrary<BadBody> tooLarge() {
        return Combinators.combine(
                        Arbitraries.integers().between(maxBodyBytes + 1, maxBodyBytes * 4),
                        textFields(),
                        Arbitraries.of(true, false))
                .as((size, field, asText) -> {
                    if (asText) {
                        return body(
                                Flaw.TOO_LARGE,
                                field + " of " + size + " bytes",
                                with(field, NODES.stringNode("x".repeat(size))));
                    }
                    String items = "1,".repeat(size / 2) + "1";
                    return body(
                            Flaw.TOO_LARGE,
                            "an array of " + (size / 2 + 1) + " numbers beside the fields",
                            "{\"padding\":[" + items + "]," + validText.substring(1));
                });
    }

    /** The bytes a flaw may add to the valid body and stay under the size limit. */
    private int room() {
        return maxBodyBytes - validText.getBytes(StandardCharsets.UTF_8).length;
    }

    private Arbitrary<String> textFields() {
        List<String> text = fields.stream().filter(f -> valid.get(f).isString()).toList();
        return text.isEmpty() ? Arbitraries.of(fields) : Arbitraries.of(text);
    }

    private static List<JsonNode> wrongValuesFor(JsonNode example) {
        List<JsonNode> wrong = new ArrayList<>(List.of(
                NODES.nullNode(),
                NODES.objectNode(),
                NODES.objectNode().put("value", "x"),
                NODES.arrayNode(),
                NODES.arrayNode().add(example)));
        if (!example.isNumber()) {
            wrong.addAll(List.of(NODES.numberNode(42), NODES.numberNode(-1.5), NODES.numberNode(0)));
        } else {
            wrong.addAll(List.of(NODES.stringNode("not a number"), NODES.stringNode("12abc")));
        }
        if (!example.isBoolean()) {
            wrong.addAll(List.of(NODES.booleanNode(true), NODES.booleanNode(false)));
        } else {
            wrong.add(NODES.stringNode("yes"));
        }
        return wrong;
    }

    private String with(String field, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(field, value);
        return JSON.writeValueAsString(copy);
    }

    /** The valid body with the field's value replaced by text that need not be JSON. */
    private String withRaw(String field, String raw) {
        return with(field, NODES.stringNode(SPLICE)).replace("\"" + SPLICE + "\"", raw);
    }

    private static BadBody body(Flaw flaw, String description, String text) {
        return new BadBody(flaw, description, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(String value) {
        return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
    }
}
