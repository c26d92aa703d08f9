package cn.wuhu.sti.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
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
 * <p>The bodies are QuickTheories generators, meant to be checked as a property, so a body answered wrongly shrinks to
 * a smaller one and the report names the seed ({@code -DQT_SEED=...} draws the same bodies again); {@link BadInputProbe}
 * posts them and checks the answers:
 *
 * <pre>{@code
 * qt().withExamples(300)
 *         .forAll(BadRequestBodies.derivedFrom(validJson, 255, 65_536).all())
 *         .checkAssert(bad -> ...);
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
    private static final String MALFORMED_CHARS = "{}[]:,\"'\\ \t\nabcnultrefs0123456789.-+eE/*#";

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
    public Gen<BadBody> all() {
        return Generate.frequency(List.of(
                Pair.of(3, malformed()),
                Pair.of(2, truncated()),
                Pair.of(4, wrongType()),
                Pair.of(1, missingField()),
                Pair.of(2, tooLongText()),
                Pair.of(2, tooLargeNumber()),
                Pair.of(1, deepNesting()),
                Pair.of(1, notUtf8()),
                Pair.of(1, tooLarge())));
    }

    public Gen<BadBody> malformed() {
        Gen<String> garbage =
                textOf(chars(MALFORMED_CHARS, '\u4e00', '\u4e10'), 1, 400).assuming(text -> !text.isBlank());
        Gen<String> broken = Generate.pick(List.of(
                "{\"" + fields.get(0) + "\" " + validText.substring(validText.indexOf(':') + 1),
                validText.replaceFirst(":", "="),
                validText.replace('"', '\''),
                // a stray comma after the first brace or comma: malformed even when the body has one field
                validText.replaceFirst("[{,]", "$0,"),
                validText.substring(0, validText.length() - 1) + ",}",
                validText + "}",
                validText + " x",
                validText + validText,
                "/* note */" + validText,
                validText.replaceFirst("\"(\\w+)\":", "$1:"),
                "[" + validText,
                "{" + validText + "}"));
        return Generate.oneOf(garbage, broken).map(text -> body(Flaw.MALFORMED, "", text));
    }

    public Gen<BadBody> truncated() {
        return Generate.range(0, validText.length() - 1)
                .map(cut -> body(Flaw.TRUNCATED, "after " + cut + " characters", validText.substring(0, cut)));
    }

    public Gen<BadBody> wrongType() {
        return Generate.pick(fields).zip(Generate.range(0, 99), (field, pick) -> {
            List<JsonNode> wrong = wrongValuesFor(valid.get(field));
            JsonNode value = wrong.get(pick % wrong.size());
            return body(Flaw.WRONG_TYPE, field + " = " + value, with(field, value));
        });
    }

    public Gen<BadBody> missingField() {
        return Generate.pick(fields).map(field -> {
            ObjectNode copy = valid.deepCopy();
            copy.remove(field);
            return body(Flaw.MISSING_FIELD, field, JSON.writeValueAsString(copy));
        });
    }

    /** Text just over the longest field up to whatever fits the size limit, in characters of 1 to 3 UTF-8 bytes. */
    public Gen<BadBody> tooLongText() {
        int longest = Math.max(longestText + 1, room() / 3 - 64);
        Gen<Character> oneToThreeBytes =
                Generate.oneOf(charRange('a', 'z'), charRange('\u00e0', '\u00ff'), charRange('\u4e00', '\u9fa5'));
        Gen<String> text = textOf(oneToThreeBytes, longestText + 1, longest);
        return textFields()
                .zip(
                        text,
                        (field, value) -> body(
                                Flaw.TOO_LONG_TEXT,
                                field + " of " + value.length() + " characters",
                                with(field, NODES.stringNode(value))));
    }

    /** Numbers beyond a 64-bit integer or a Decimal128: huge, tiny, over-precise, or with an exponent out of range. */
    public Gen<BadBody> tooLargeNumber() {
        Gen<String> digits = textOf(charRange('0', '9'), 40, 2000).map(text -> "9" + text);
        Gen<String> number = Generate.oneOf(
                digits,
                digits.map(text -> "0." + text),
                digits.map(text -> text + "." + text),
                Generate.pick(List.of("1e400", "1E999999999", "1e-400", "-1e400", "9223372036854775808")));
        return Generate.pick(fields)
                .zip(
                        number,
                        (field, value) ->
                                body(Flaw.TOO_LARGE_NUMBER, field + " = " + abbreviated(value), withRaw(field, value)));
    }

    public Gen<BadBody> deepNesting() {
        return Generate.range(600, room() / 7)
                .zip(
                        Generate.pick(List.of("[", "{\"a\":")),
                        Generate.pick(fields),
                        Generate.booleans(),
                        (depth, open, field, closed) -> {
                            String close = open.equals("[") ? "]" : "}";
                            String nested = open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
                            return body(
                                    Flaw.DEEP_NESTING, field + " nested " + depth + " deep", withRaw(field, nested));
                        });
    }

    public Gen<BadBody> notUtf8() {
        return textFields()
                .zip(
                        Generate.pick(List.of(
                                new byte[] {(byte) 0xC3, 0x28},
                                new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xE2, (byte) 0x82},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                        (field, bytes) -> {
                            String[] around =
                                    withRaw(field, "\"" + SPLICE + "\"").split(SPLICE);
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
    public Gen<BadBody> tooLarge() {
        return Generate.range(maxBodyBytes + 1, maxBodyBytes * 4)
                .zip(textFields(), Generate.booleans(), (size, field, asText) -> {
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

    private Gen<String> textFields() {
        List<String> text = fields.stream().filter(f -> valid.get(f).isString()).toList();
        return Generate.pick(text.isEmpty() ? fields : text);
    }

    /** Text of {@code min} to {@code max} characters, each drawn from {@code chars}. */
    private static Gen<String> textOf(Gen<Character> chars, int min, int max) {
        Gen<Integer> lengths = Generate.range(min, max);
        return random -> {
            int length = lengths.generate(random);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(chars.generate(random).charValue());
            }
            return text.toString();
        };
    }

    private static Gen<Character> charRange(char first, char last) {
        return Generate.range(first, last).map(c -> (char) c.intValue());
    }

    /** Any one of {@code listed} or of the characters from {@code first} to {@code last}. */
    private static Gen<Character> chars(String listed, char first, char last) {
        List<Character> all =
                new ArrayList<>(listed.chars().mapToObj(c -> (char) c).toList());
        IntStream.rangeClosed(first, last).forEach(c -> all.add((char) c));
        return Generate.pick(all);
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
