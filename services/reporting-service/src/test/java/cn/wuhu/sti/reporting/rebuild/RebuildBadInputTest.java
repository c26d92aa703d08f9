package cn.wuhu.sti.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import cn.wuhu.sti.reporting.support.ReportingServiceTest;
import cn.wuhu.sti.test.BadInputProbe;
import cn.wuhu.sti.test.BadRequestBodies;
import cn.wuhu.sti.web.body.RequestBodyLimitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service's only POST, the rebuild, takes no body and ignores one it is sent; what it must refuse is a body
 * over the size limit, with 413 and without rebuilding.
 */
@ReportingServiceTest
@ExtendWith(OutputCaptureExtension.class)
class RebuildBadInputTest {

    private static final int TRIES = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RequestBodyLimitProperties limits;

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndRebuildsNothing(CapturedOutput output) throws Exception {
        var bodies = BadRequestBodies.derivedFrom("{\"reason\":\"nightly\"}", 0, (int)
                        limits.maxRequestBody().toBytes())
                .tooLarge()
                .sampleStream()
                .limit(TRIES)
                .toList();
        long firmsBefore = mongo.getCollection("firms").countDocuments();

        BadInputProbe.Report report = BadInputProbe.postEach(
                mvc,
                "/api/reports/admin/rebuild",
                jwt().authorities(new SimpleGrantedAuthority("SCOPE_reports:admin")),
                bodies);

        System.out.println(report.line());
        assertThat(report.wrongAnswers()).isEmpty();
        assertThat(output).doesNotContain("Dropped read models");
        assertThat(mongo.getCollection("firms").countDocuments()).isEqualTo(firmsBefore);
    }
}
