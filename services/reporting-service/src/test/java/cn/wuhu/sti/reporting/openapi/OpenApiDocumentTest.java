package cn.wuhu.sti.reporting.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reporting.support.ReportingServiceTest;
import cn.wuhu.sti.test.OpenApiReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The committed {@code docs/openapi/reporting-service.json} is what the service serves. */
// The module's shared test context, so it is reused rather than started again.
@ReportingServiceTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCommittedOpenApiDocumentIsTheOneTheServiceServes() throws Exception {
        OpenApiReference.assertCommittedMatches("reporting-service", OpenApiReference.served(mvc));
    }

    @Test
    void theDocumentDescribesThePathsOfThePublicContract() throws Exception {
        assertThat(OpenApiReference.paths(OpenApiReference.served(mvc)))
                .containsKeys("/api/reports/indicators", "/api/reports/admin/rebuild");
    }
}
