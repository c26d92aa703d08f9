package cn.wuhu.sti.test.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.wuhu.sti.test.BadInputProbe;
import cn.wuhu.sti.test.BadRequestBodies;
import cn.wuhu.sti.web.body.RequestBodyLimitProperties;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contract's promise on bad input, checked as a QuickTheories property against one endpoint: every body derived
 * from a valid one by breaking it (malformed, truncated, a wrong type, a missing field, a text too long, too large)
 * is refused with a problem naming the field, and afterwards the store holds exactly what it held before — no
 * document and no outbox entry in any collection. On a failure QuickTheories shrinks the body and names the seed to
 * rerun with {@code -DQT_SEED}.
 */
public final class BadInput {

    private static final int TRIES = 300;
    private static final int LONGEST_TEXT_FIELD = 200;

    private final MockMvc mvc;
    private final MongoTemplate mongo;
    private final int maxBodyBytes;

    private BadInput(MockMvc mvc, MongoTemplate mongo, int maxBodyBytes) {
        this.mvc = mvc;
        this.mongo = mongo;
        this.maxBodyBytes = maxBodyBytes;
    }

    public static BadInput of(ApplicationContext context) {
        return new BadInput(context.getBean(MockMvc.class), context.getBean(MongoTemplate.class), (int)
                context.getBean(RequestBodyLimitProperties.class)
                        .maxRequestBody()
                        .toBytes());
    }

    /** Posts the bad bodies derived from {@code validBody} to {@code path} as {@code caller}. */
    public void refusedAt(String path, String validBody, RequestPostProcessor caller) {
        var bodies = BadRequestBodies.derivedFrom(validBody, LONGEST_TEXT_FIELD, maxBodyBytes);
        Map<String, Long> before = stored();
        BadInputProbe probe = BadInputProbe.at(mvc, path, caller);
        try {
            qt().withExamples(TRIES)
                    .withShrinkCycles(BadInputProbe.SHRINK_CYCLES)
                    .forAll(BadInputProbe.idempotencyKeys(), bodies.all())
                    .checkAssert((idempotencyKey, body) -> {
                        probe.refuses(idempotencyKey, body);
                        assertThat(stored()).as("stored after %s", body).isEqualTo(before);
                    });
        } finally {
            System.out.println(probe.report().line());
        }
        assertThat(probe.report().tried()).isEqualTo(TRIES);
    }

    /** The documents of every collection, and the outbox entries waiting in each. */
    private Map<String, Long> stored() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            counts.put(name, mongo.getCollection(name).countDocuments());
            long outbox = mongo
                    .getCollection(name)
                    .find(new Document("outbox.0", new Document("$exists", true)))
                    .map(document -> (long)
                            document.getList("outbox", Object.class, List.of()).size())
                    .into(new java.util.ArrayList<>())
                    .stream()
                    .mapToLong(Long::longValue)
                    .sum();
            counts.put(name + ".outbox", outbox);
        }
        return counts;
    }
}
