package cn.wuhu.sti.web.body;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.web.WebEdgeTest;
import cn.wuhu.sti.web.demo.Grants;
import cn.wuhu.sti.web.support.Http.Answer;
import org.junit.jupiter.api.Test;

/** The demo service takes bodies up to {@code sti.web.max-request-body} = 8KB (test application.yml). */
class RequestBodyLimitTest extends WebEdgeTest {

    private static final String GRANTS = "demo_grants";

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        long before = mongo.getCollection(GRANTS).countDocuments();

        Answer answer = http.post("/demo/grants", WRITER, padded(9 * 1024));

        assertTooLarge(answer);
        assertThat(mongo.getCollection(GRANTS).countDocuments()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCutOffAtTheLimit() {
        long before = mongo.getCollection(GRANTS).countDocuments();

        Answer answer = http.postChunked("/demo/grants", WRITER, padded(200 * 1024));

        assertTooLarge(answer);
        assertThat(mongo.getCollection(GRANTS).countDocuments()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithAnIdempotencyKeyIsCutOffToo() {
        Answer answer =
                http.postChunked("/demo/grants", WRITER, padded(20 * 1024), "Idempotency-Key", "too-large-chunked");

        assertTooLarge(answer);
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAsUsual() {
        Answer answer = http.postChunked("/demo/grants", WRITER, padded(7 * 1024));

        assertThat(answer.status()).isEqualTo(201);
    }

    /** A valid grant with an ignored padding field, about {@code bytes} long. */
    private static String padded(int bytes) {
        String grant = Grants.valid("Robot Lab");
        return "{\"padding\":\"" + "x".repeat(bytes - grant.length() - 14) + "\"," + grant.substring(1);
    }

    private static void assertTooLarge(Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errors()).extracting(error -> error.get("field")).containsExactly("body");
        assertThat(answer.json()).containsEntry("detail", "The request body is larger than the 8192 bytes accepted.");
    }
}
