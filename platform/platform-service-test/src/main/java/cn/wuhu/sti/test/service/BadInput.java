package cn.wuhu.sti.test.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.quicktheories.QuickTheory.qt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.BadInputProbe;
import cn.wuhu.sti.test.BadRequestBodies;
import cn.wuhu.sti.web.body.RequestBodyLimitProperties;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's promise on bad input, checked as a QuickTheories property against one endpoint: every body derived
 * from a valid one by breaking it (malformed, truncated, a wrong type, a missing field, a text too long, too large)
 * is refused with a problem naming the field, and afterwards the store holds exactly what it held before
 * ({@link StoreSnapshot}: no document, no change, no event). On a failure QuickTheories shrinks the body and names
 * the seed to rerun with {@code -DQT_SEED}.
 */
public final class BadInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final MongoTemplate mongo;
    private final int maxBodyBytes;
    private final int tries;
    private final int longestText;

    private BadInput(MockMvc mvc, MongoTemplate mongo, int maxBodyBytes, int tries, int longestText) {
        this.mvc = mvc;
        this.mongo = mongo;
        this.maxBodyBytes = maxBodyBytes;
        this.tries = tries;
        this.longestText = longestText;
    }

    /** 300 bad bodies an endpoint; texts longer than 200 characters count as too long. */
    public static BadInput of(ApplicationContext context) {
        return new BadInput(
                context.getBean(MockMvc.class),
                context.getBean(MongoTemplate.class),
                (int) context.getBean(RequestBodyLimitProperties.class)
                        .maxRequestBody()
                        .toBytes(),
                300,
                200);
    }

    public BadInput tries(int count) {
        return new BadInput(mvc, mongo, maxBodyBytes, count, longestText);
    }

    /** The longest text any field of the endpoint takes; one character more is a bad body. */
    public BadInput longestText(int characters) {
        return new BadInput(mvc, mongo, maxBodyBytes, tries, characters);
    }

    /**
     * Posts {@code validBody} without {@code field}: a 400 problem naming the field, and nothing stored. Covers what
     * the generated bodies cannot know, that this one field is required.
     */
    public void refusedWithout(String path, String validBody, String field, RequestPostProcessor caller)
            throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(validBody);
        body.remove(field);
        Map<String, Long> before = StoreSnapshot.of(mongo);
        mvc.perform(post(path)
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
        assertThat(StoreSnapshot.of(mongo)).as("stored without %s", field).isEqualTo(before);
    }

    /** Posts the bad bodies derived from {@code validBody} to {@code path} as {@code caller}. */
    public void refusedAt(String path, String validBody, RequestPostProcessor caller) {
        var bodies = BadRequestBodies.derivedFrom(validBody, longestText, maxBodyBytes);
        Map<String, Long> before = StoreSnapshot.of(mongo);
        BadInputProbe probe = BadInputProbe.at(mvc, path, caller);
        try {
            qt().withExamples(tries)
                    .withShrinkCycles(BadInputProbe.SHRINK_CYCLES)
                    .forAll(BadInputProbe.idempotencyKeys(), bodies.all())
                    .checkAssert((idempotencyKey, body) -> {
                        probe.refuses(idempotencyKey, body);
                        assertThat(StoreSnapshot.of(mongo))
                                .as("stored after %s", body)
                                .isEqualTo(before);
                    });
        } finally {
            System.out.println(probe.report().line());
        }
        assertThat(probe.report().tried()).isEqualTo(tries);
    }
}
