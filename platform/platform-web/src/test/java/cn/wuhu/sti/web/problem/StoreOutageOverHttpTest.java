package cn.wuhu.sti.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.access.TestIssuer;
import cn.wuhu.sti.web.demo.DemoApplication;
import cn.wuhu.sti.web.demo.Grants;
import cn.wuhu.sti.web.support.Http;
import cn.wuhu.sti.web.support.Http.Answer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Over real HTTP, so a failure in a servlet filter goes through the container's error dispatch as in production. */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreOutageOverHttpTest {

    private static final MongoServer STORE = new MongoServer(new MemoryBackend());
    private static final String WRITER = TestIssuer.token("demo:read demo:write");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        STORE.bind("127.0.0.1", 0);
        registry.add(
                "spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + STORE.getLocalAddress().getPort());
        registry.add("spring.mongodb.database", () -> "platform_web_outage");
        registry.add("sti.security.issuer", () -> TestIssuer.ISSUER);
    }

    @AfterAll
    static void stopStore() {
        STORE.shutdownNow();
    }

    @Test
    void theIdempotencyKeyFilterFindingTheStoreAwayAnswers503ProblemWithRetryAfterNot500() {
        Http http = new Http(port);
        assertThat(http.post("/demo/grants", WRITER, Grants.valid("Before outage"), "Idempotency-Key", "k-before")
                        .status())
                .isEqualTo(201);

        STORE.shutdownNow();
        long started = System.nanoTime();
        Answer answer = http.post("/demo/grants", WRITER, Grants.valid("During outage"), "Idempotency-Key", "k-during");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.json()).containsEntry("status", 503).containsEntry("instance", "/demo/grants");
    }
}
