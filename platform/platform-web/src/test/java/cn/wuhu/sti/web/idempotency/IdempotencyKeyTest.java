package cn.wuhu.sti.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.test.access.TestIssuer;
import cn.wuhu.sti.web.WebEdgeTest;
import cn.wuhu.sti.web.demo.Grants;
import cn.wuhu.sti.web.demo.SlowGate;
import cn.wuhu.sti.web.support.Http.Answer;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class IdempotencyKeyTest extends WebEdgeTest {

    @Autowired
    private SlowGate slowGate;

    @Test
    void aRepeatReturnsTheFirstAnswerAndRecordsNothingNew() {
        String key = newKey();
        String name = "Quantum Lab " + key;

        Answer first = http.post("/demo/grants", WRITER, Grants.valid(name), "Idempotency-Key", key);
        Answer repeat = http.post("/demo/grants", WRITER, Grants.valid(name), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.bytes()).isEqualTo(first.bytes());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.contentType()).isEqualTo(first.contentType());
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(grantsNamed(name)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryPostIsRecorded() {
        String name = "Battery Lab " + newKey();

        http.post("/demo/grants", WRITER, Grants.valid(name));
        http.post("/demo/grants", WRITER, Grants.valid(name));

        assertThat(grantsNamed(name)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithADifferentBodyIsUnprocessable() {
        String key = newKey();
        http.post("/demo/grants", WRITER, Grants.valid("Chip Lab " + key), "Idempotency-Key", key);

        Answer other = http.post("/demo/grants", WRITER, Grants.valid("Other Lab " + key), "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(grantsNamed("Other Lab " + key)).isZero();
    }

    @Test
    void aRejectedRequestMayBeRetriedWithTheSameKeyOnceFixed() {
        String key = newKey();
        Answer rejected = http.post("/demo/grants", WRITER, Grants.withAmount("-5"), "Idempotency-Key", key);

        Answer fixed = http.post("/demo/grants", WRITER, Grants.valid("Fixed Lab " + key), "Idempotency-Key", key);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(grantsNamed("Fixed Lab " + key)).isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstIsInFlightIsAConflict() {
        String key = newKey();
        String name = "Slow Lab " + key;
        slowGate.close();
        CompletableFuture<Answer> first =
                http.postAsync("/demo/grants/slow", WRITER, Grants.valid(name), "Idempotency-Key", key);
        await().atMost(Duration.ofSeconds(10)).until(() -> keysClaimed(key) == 1);

        Answer repeat = http.post("/demo/grants/slow", WRITER, Grants.valid(name), "Idempotency-Key", key);
        slowGate.open();

        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.contentType()).isEqualTo("application/problem+json");
        assertThat(first.join().status()).isEqualTo(201);
        assertThat(grantsNamed(name)).isEqualTo(1);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = newKey();
        String name = "Shared Key Lab " + key;
        String otherCaller = TestIssuer.token("demo:read demo:write", "dept-writer");

        http.post("/demo/grants", WRITER, Grants.valid(name), "Idempotency-Key", key);
        Answer other = http.post("/demo/grants", otherCaller, Grants.valid(name), "Idempotency-Key", key);

        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(grantsNamed(name)).isEqualTo(2);
    }

    private long grantsNamed(String name) {
        return mongo.count(Query.query(Criteria.where("name").is(name)), "demo_grants");
    }

    private long keysClaimed(String key) {
        return mongo.count(Query.query(Criteria.where("key").is(key)), "idempotency_keys");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
