package cn.wuhu.sti.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.access.TestIssuer;
import cn.wuhu.sti.web.WebEdgeTest;
import cn.wuhu.sti.web.demo.Grants;
import cn.wuhu.sti.web.support.Http.Answer;
import org.junit.jupiter.api.Test;

class ResourceServerTest extends WebEdgeTest {

    @Test
    void aRequestWithoutATokenIsAnUnauthorizedProblem() {
        Answer answer = http.get("/demo/grants?district=JINGHU&year=2023", null);

        assertUnauthorized(answer);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aTokenLackingTheScopeIsAForbiddenProblem() {
        Answer answer = http.post("/demo/grants", READER, Grants.valid("Read Only"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json()).containsEntry("status", 403).containsEntry("instance", "/demo/grants");
        assertThat(answer.header("WWW-Authenticate")).contains("insufficient_scope");
    }

    @Test
    void aTokenWithTheScopeIsLetThrough() {
        Answer answer = http.get("/demo/grants?district=JINGHU&year=2023", READER);

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        Answer answer = http.get(
                "/demo/grants?district=JINGHU&year=2023",
                TestIssuer.token(TestIssuer.ISSUER, "another-platform", "demo:read"));

        assertUnauthorized(answer);
        assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        Answer answer = http.get(
                "/demo/grants?district=JINGHU&year=2023",
                TestIssuer.token("http://elsewhere.example", TestIssuer.AUDIENCE, "demo:read"));

        assertUnauthorized(answer);
    }

    @Test
    void aTokenSignedByAnUnpublishedKeyIsRejected() {
        Answer answer =
                http.get("/demo/grants?district=JINGHU&year=2023", TestIssuer.tokenSignedByAStranger("demo:read"));

        assertUnauthorized(answer);
    }

    private static void assertUnauthorized(Answer answer) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json()).containsEntry("title", "Unauthorized").containsEntry("status", 401);
    }
}
