package cn.wuhu.sti.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.wuhu.sti.test.BadRequestBodies.BadBody;
import cn.wuhu.sti.test.BadRequestBodies.Flaw;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends bad bodies to one {@code POST} endpoint through MockMvc and checks each answer as the contract says: 413 for
 * a body over the size limit, else 400, always {@code application/problem+json} with {@code errors[]} naming a field.
 * Every third request carries an {@code Idempotency-Key}, so the filter that reads bodies up front is tried too.
 */
public final class BadInputProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

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

    public static Report postEach(MockMvc mvc, String path, RequestPostProcessor caller, List<BadBody> bodies)
            throws Exception {
        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            BadBody body = bodies.get(i);
            var request = post(path)
                    .with(caller)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body.content());
            if (i % 3 == 0) {
                request.header("Idempotency-Key", "bad-input-" + i);
            }
            MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
            statuses.merge(answer.getStatus(), 1, Integer::sum);
            String problem = problemIn(answer, body.flaw() == Flaw.TOO_LARGE ? 413 : 400);
            if (problem != null) {
                wrong.add(problem + " for " + body);
            }
        }
        return new Report(path, bodies.size(), statuses, wrong, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String problemIn(MockHttpServletResponse answer, int expectedStatus) throws Exception {
        String text = answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (answer.getStatus() != expectedStatus) {
            return "status " + answer.getStatus() + " (expected " + expectedStatus + ") " + abbreviated(text);
        }
        if (answer.getContentType() == null
                || !PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(answer.getContentType()))) {
            return "content type " + answer.getContentType();
        }
        Map<String, Object> problem = JSON.readValue(text, new TypeReference<>() {});
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

    private BadInputProbe() {}
}
