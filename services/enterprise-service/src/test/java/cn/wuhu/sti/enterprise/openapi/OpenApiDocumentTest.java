package cn.wuhu.sti.enterprise.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.UseSharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code docs/openapi/enterprise-service.json} honest: the committed reference must be exactly what the
 * service serves at {@code /v3/api-docs}.
 */
// Same annotations as EnterpriseApiTest, so the Spring context is reused rather than started again.
@SpringBootTest(args = {"--spring.config.name=enterprise-service", "--sti.outbox.auto-startup=false"})
@AutoConfigureMockMvc
@UseSharedInfrastructure
class OpenApiDocumentTest {

    private static final String SERVICE = "enterprise-service";
    private static final Path COMMITTED = Path.of("../../docs/openapi/" + SERVICE + ".json");
    private static final Path FRESH = Path.of("target/openapi/" + SERVICE + ".json");

    // Sorted keys and fixed indentation make the file diff-friendly and independent of reflection order.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Autowired
    MockMvc mvc;

    @Test
    void theCommittedOpenApiDocumentIsTheOneTheServiceServes() throws Exception {
        String served = servedSpec();

        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : null;
        if (!served.equals(committed)) {
            Files.createDirectories(FRESH.getParent());
            Files.writeString(FRESH, served, StandardCharsets.UTF_8);
            fail(
                    "docs/openapi/%s.json %s; the spec the service serves now is in %s. If the change is intended: cp services/%s/%s docs/openapi/"
                            .formatted(
                                    SERVICE,
                                    committed == null
                                            ? "is missing"
                                            : "differs from line " + firstDifference(committed, served),
                                    FRESH.toAbsolutePath().normalize(),
                                    SERVICE,
                                    FRESH));
        }
    }

    @Test
    void theDocumentDescribesTheEnterprisePathsOfThePublicContract() throws Exception {
        Map<String, Object> spec = JSON.readValue(servedSpec(), MAP);

        assertThat(spec)
                .extractingByKey("paths")
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKeys(
                        "/api/enterprises",
                        "/api/enterprises/{uscc}",
                        "/api/enterprises/{uscc}/recognitions",
                        "/api/enterprises/{uscc}/annual-reports");
    }

    // The whole documents would drown the message; the first differing line is enough to find the change.
    private static int firstDifference(String committed, String served) {
        String[] was = committed.split("\n", -1);
        String[] is = served.split("\n", -1);
        int line = 0;
        while (line < Math.min(was.length, is.length) && was[line].equals(is[line])) {
            line++;
        }
        return line + 1;
    }

    private String servedSpec() throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> spec = JSON.readValue(body, MAP);
        // The generated server URL is the host that asked (here MockMvc's); clients always go through the gateway.
        spec.remove("servers");
        return JSON.writeValueAsString(spec) + "\n";
    }
}
