package cn.wuhu.sti.enterprise.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.OpenApiReference;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The committed {@code docs/openapi/enterprise-service.json} is what the service serves. */
// Same annotations as EnterpriseApiTest, so the Spring context is reused rather than started again.
@SpringBootTest(args = {"--spring.config.name=enterprise-service", "--sti.outbox.auto-startup=false"})
@AutoConfigureMockMvc
@UseSharedInfrastructure
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCommittedOpenApiDocumentIsTheOneTheServiceServes() throws Exception {
        OpenApiReference.assertCommittedMatches("enterprise-service", OpenApiReference.served(mvc));
    }

    @Test
    void theDocumentDescribesThePathsOfThePublicContract() throws Exception {
        assertThat(OpenApiReference.paths(OpenApiReference.served(mvc)))
                .containsKeys(
                        "/api/enterprises",
                        "/api/enterprises/{uscc}",
                        "/api/enterprises/{uscc}/recognitions",
                        "/api/enterprises/{uscc}/annual-reports");
    }
}
