package cn.wuhu.sti.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.wuhu.sti.reporting.support.Scopes;
import cn.wuhu.sti.test.BadInputProbe;
import cn.wuhu.sti.test.BadRequestBodies;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.web.body.RequestBodyLimitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service's only POST, the rebuild, takes no body and ignores one it is sent; what it must refuse is a body
 * over the size limit, with 413 and without rebuilding.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class RebuildBadInputTest {

    private static final int TRIES = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RequestBodyLimitProperties limits;

    @Autowired
    ReadModelGenerations generations;

    /** A QuickTheories property: on a failure it shrinks the body and names the seed to rerun with -DQT_SEED. */
    @Test
    void aBodyOverTheLimitIsRefusedWith413AndRebuildsNothing(CapturedOutput output) {
        var tooLarge = BadRequestBodies.derivedFrom("{\"reason\":\"nightly\"}", 0, (int)
                        limits.maxRequestBody().toBytes())
                .tooLarge();
        long firmsBefore = mongo.getCollection(generations.toRead("firms")).countDocuments();
        BadInputProbe probe = BadInputProbe.at(mvc, "/api/reports/admin/rebuild", Scopes.ADMIN);

        try {
            qt().withExamples(TRIES)
                    .withShrinkCycles(BadInputProbe.SHRINK_CYCLES)
                    .forAll(BadInputProbe.idempotencyKeys(), tooLarge)
                    .checkAssert((idempotencyKey, body) -> {
                        probe.refuses(idempotencyKey, body);
                        assertThat(output).as("rebuilt after %s", body).doesNotContain("Replaying");
                        assertThat(mongo.getCollection(generations.toRead("firms"))
                                        .countDocuments())
                                .as("firms after %s", body)
                                .isEqualTo(firmsBefore);
                    });
        } finally {
            System.out.println(probe.report().line());
        }
        assertThat(probe.report().tried()).isEqualTo(TRIES);
    }
}
