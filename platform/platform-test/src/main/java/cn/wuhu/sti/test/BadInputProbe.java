package cn.wuhu.sti.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.wuhu.sti.test.BadRequestBodies.BadBody;
import cn.wuhu.sti.test.BadRequestBodies.Flaw;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends bad bodies to one {@code POST} endpoint through MockMvc and checks each answer as the contract says: 413 for
 * a body over the size limit, else 400, always {@code application/problem+json} with {@code errors[]} naming a field.
 * About one request in three carries an {@code Idempotency-Key}, so the filter that reads bodies up front is tried too.
 *
 * <p>{@link #refuses} is the check of a QuickTheories property over a body and a key; the probe counts what it sent,
 * shrinking included:
 *
 * <pre>{@code
 * BadInputProbe probe = BadInputProbe.at(mvc, "/api/things", caller);
 * qt().withExamples(300)
 *         .withShrinkCycles(BadInputProbe.SHRINK_CYCLES)
 *         .forAll(BadInputProbe.idempotencyKeys(), bodies.all())
 *         .checkAssert(probe::refuses);
 * System.out.println(probe.report().line());
 * }</pre>
 */
public final class BadInputProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /**
     * How many shrink steps a falsified property may take: each one that yields a new input costs a request, so far
     * fewer than QuickTheories' default of 100 000, unless {@code -DQT_SHRINKS=...} asks for another number.
     */
    public static final int SHRINK_CYCLES = Integer.getInteger(Configuration.SHRINKS, 1_000);

    /** What one endpoint answered; {@link #wrongAnswers()} is empty when every answer kept the contract. */
    public record Report(
            String endpoint, int tried, Map<Integer, Integer> statuses, List<String> wrongAnswers, Duration took) {

        public String line() {
            return "bad-input: %d tried on POST %s, %s in %d ms %s"
                    .formatted(
                            tried,
                            endpoint,
                            wrongAnswers.isEmpty() ? "all 4xx problem+json" : wrongAnswers.size() + " WRONG answers",
                            took.toMillis(),
                            statuses);
        }
    }

    private final MockMvc mvc;
    private final String path;
    private final RequestPostProcessor caller;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final long started = System.nanoTime();
    private int tried;

    private BadInputProbe(MockMvc mvc, String path, RequestPostProcessor caller) {
        this.mvc = mvc;
        this.path = path;
        this.caller = caller;
    }

    /** A probe of {@code POST path}, sending as {@code caller}. */
    public static BadInputProbe at(MockMvc mvc, String path, RequestPostProcessor caller) {
        return new BadInputProbe(mvc, path, caller);
    }

    /**
     * The {@code Idempotency-Key} to send with a body, if any: about one request in three carries one, shrinking
     * towards none. The number behind it is drawn from a wide range, so no two requests are the same input:
     * QuickTheories skips an input it has tried, and a property over this and the bodies sends as many requests as it
     * has examples, a body with few variants (a missing field, say) as often as its flaw's weight says. Give it first
     * to {@code forAll}: its draw then comes first, and even the minimal and shrink-target examples QuickTheories
     * starts with differ in it.
     */
    public static Gen<Optional<String>> idempotencyKeys() {
        return Generate.range(0, 999_999_998, 1)
                .map(n -> n % 3 == 0 ? Optional.of("bad-input-" + n) : Optional.<String>empty())
                .describedAs(key -> key.map(k -> "Idempotency-Key " + k).orElse("no Idempotency-Key"));
    }

    /**
     * Posts the body, with the key if there is one, and fails with an {@link AssertionError} naming the body unless
     * the answer keeps the contract.
     */
    public void refuses(Optional<String> idempotencyKey, BadBody body) {
        var request =
                post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body.content());
        idempotencyKey.ifPresent(key -> request.header("Idempotency-Key", key));
        tried++;
        MockHttpServletResponse answer;
        try {
            answer = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError("the request failed for " + body, e);
        }
        statuses.merge(answer.getStatus(), 1, Integer::sum);
        String problem = problemIn(answer, body.flaw() == Flaw.TOO_LARGE ? 413 : 400);
        if (problem != null) {
            wrong.add(problem + " for " + body);
            throw new AssertionError(problem + " for " + body);
        }
    }

    /** What was sent so far and how it was answered. */
    public Report report() {
        return new Report(
                path,
                tried,
                new TreeMap<>(statuses),
                List.copyOf(wrong),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static String problemIn(MockHttpServletResponse answer, int expectedStatus) {
        String text = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
        if (answer.getStatus() != expectedStatus) {
            return "status " + answer.getStatus() + " (expected " + expectedStatus + ") " + abbreviated(text);
        }
        if (answer.getContentType() == null
                || !PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(answer.getContentType()))) {
            return "content type " + answer.getContentType();
        }
        Map<String, Object> problem;
        try {
            problem = JSON.readValue(text, new TypeReference<>() {});
        } catch (JacksonException e) {
            return "not a JSON object: " + abbreviated(text);
        }
        if (!(problem.get("errors") instanceof List<?> errors)
                || errors.isEmpty()
                || !errors.stream().allMatch(e -> e instanceof Map<?, ?> error && error.get("field") != null)) {
            return "no field named in " + abbreviated(text);
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
