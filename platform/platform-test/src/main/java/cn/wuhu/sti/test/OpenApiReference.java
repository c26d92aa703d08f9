package cn.wuhu.sti.test;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.access.TestIssuer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code docs/openapi/<service>.json} honest: the committed reference must be exactly the document the
 * service serves at {@code /v3/api-docs}. On a difference the fresh document lands in {@code target/openapi/} and
 * the failure says how to take it.
 */
public final class OpenApiReference {

    // Sorted keys and fixed indentation make the file diff-friendly and independent of reflection order.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** The document the service serves at {@code /v3/api-docs}, fetched through MockMvc. */
    public static String served(MockMvc mvc) throws Exception {
        // Any valid token reads the document; the test issuer's, with no scope, is the least one.
        return mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + TestIssuer.token("")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The served document as committed: stable order, and without {@code servers} (clients use the gateway). */
    public static String normalized(String served) {
        Map<String, Object> spec = JSON.readValue(served, MAP);
        spec.remove("servers");
        return JSON.writeValueAsString(spec) + "\n";
    }

    /** The {@code paths} of a served document. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> paths(String served) {
        return (Map<String, Object>) JSON.readValue(served, MAP).get("paths");
    }

    /** Run from the service's module folder, as Surefire does. */
    public static void assertCommittedMatches(String service, String served) throws IOException {
        Path committedFile = Path.of("../../docs/openapi/" + service + ".json");
        Path freshFile = Path.of("target/openapi/" + service + ".json");
        String fresh = normalized(served);
        String committed = Files.exists(committedFile) ? Files.readString(committedFile, StandardCharsets.UTF_8) : null;
        if (fresh.equals(committed)) {
            return;
        }
        Files.createDirectories(freshFile.getParent());
        Files.writeString(freshFile, fresh, StandardCharsets.UTF_8);
        fail(
                "docs/openapi/%s.json %s; the document the service serves now is in %s. If the change is intended: cp services/%s/%s docs/openapi/"
                        .formatted(
                                service,
                                committed == null
                                        ? "is missing"
                                        : "differs from line " + firstDifference(committed, fresh),
                                freshFile.toAbsolutePath().normalize(),
                                service,
                                freshFile));
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

    private OpenApiReference() {}
}
