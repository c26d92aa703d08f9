package cn.wuhu.sti.enterprise.web;

import static cn.wuhu.sti.enterprise.web.EnterpriseApi.annualReport;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.recognition;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.registration;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.write;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.writer;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.BadInputProbe;
import cn.wuhu.sti.test.BadRequestBodies;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.web.body.RequestBodyLimitProperties;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hundreds of malformed, truncated, wrongly typed and oversized bodies at every POST of the service: each is refused
 * with a 4xx problem, and nothing is stored or queued for publication.
 */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class BadInputTest {

    private static final int TRIES = 300;
    private static final int LONGEST_TEXT_FIELD = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RequestBodyLimitProperties limits;

    @Test
    void registeringRefusesEveryBadBodyAndStoresNothing() throws Exception {
        refusesEveryBadBody("/api/enterprises", registration(freshUscc(), "JINGHU"));
    }

    @Test
    void recordingARecognitionRefusesEveryBadBodyAndStoresNothing() throws Exception {
        refusesEveryBadBody(
                "/api/enterprises/" + registered() + "/recognitions",
                recognition("GR-2023-0001", "2023-01-01", "2025-12-31"));
    }

    @Test
    void filingAnAnnualReportRefusesEveryBadBodyAndStoresNothing() throws Exception {
        refusesEveryBadBody("/api/enterprises/" + registered() + "/annual-reports", annualReport(2023, "1200000.50"));
    }

    /** A QuickTheories property: on a failure it shrinks the body and names the seed to rerun with -DQT_SEED. */
    private void refusesEveryBadBody(String path, String validBody) {
        var bodies = BadRequestBodies.derivedFrom(
                validBody, LONGEST_TEXT_FIELD, (int) limits.maxRequestBody().toBytes());
        Map<String, Long> before = storedCounts();
        BadInputProbe probe = BadInputProbe.at(mvc, path, writer());

        try {
            qt().withExamples(TRIES)
                    .withShrinkCycles(BadInputProbe.SHRINK_CYCLES)
                    .forAll(BadInputProbe.idempotencyKeys(), bodies.all())
                    .checkAssert((idempotencyKey, body) -> {
                        probe.refuses(idempotencyKey, body);
                        assertThat(storedCounts()).as("stored after %s", body).isEqualTo(before);
                    });
        } finally {
            System.out.println(probe.report().line());
        }
        assertThat(probe.report().tried()).isEqualTo(TRIES);
    }

    private String registered() throws Exception {
        String uscc = freshUscc();
        mvc.perform(write(post("/api/enterprises"), registration(uscc, "WHTZ"))).andExpect(status().isCreated());
        return uscc;
    }

    /** Documents in every collection, and the entries waiting in the firms' outbox arrays. */
    private Map<String, Long> storedCounts() {
        Map<String, Long> counts = new TreeMap<>();
        mongo.getCollectionNames()
                .forEach(name -> counts.put(name, mongo.getCollection(name).countDocuments()));
        long outbox = mongo.findAll(Document.class, "enterprises").stream()
                .mapToLong(
                        firm -> firm.getList("outbox", Object.class, List.of()).size())
                .sum();
        counts.put("enterprises.outbox", outbox);
        return counts;
    }
}
