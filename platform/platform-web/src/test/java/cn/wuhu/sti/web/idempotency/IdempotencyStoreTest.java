package cn.wuhu.sti.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.SharedInfrastructure;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store against a real Mongo wire server, with the clock moved by hand. */
class IdempotencyStoreTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final MongoTemplate MONGO =
            new MongoTemplate(MongoClients.create(SharedInfrastructure.mongoUri()), "idempotency_store_test");

    private final RequestScope scope =
            new RequestScope("bureau-admin", "POST", "/api/x", UUID.randomUUID().toString());

    @Test
    void aRepeatWhileTheFirstIsInFlightSeesTheClaimButAnAbandonedClaimIsTakenOverOnce() {
        assertThat(storeAt(START).claim(scope, "hash")).isEmpty();

        assertThat(storeAt(START.plusSeconds(30)).claim(scope, "hash"))
                .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(IdempotencyRecord.State.IN_FLIGHT));
        assertThat(storeAt(START.plusSeconds(61)).claim(scope, "hash")).isEmpty();
        assertThat(storeAt(START.plusSeconds(62)).claim(scope, "hash")).isPresent();
    }

    @Test
    void aCompletedAnswerIsNeverTakenOver() {
        var store = storeAt(START);
        store.claim(scope, "hash");
        store.complete(scope, 201, "application/json", "/api/x/1", "{}".getBytes());

        assertThat(storeAt(START.plus(Duration.ofHours(2))).claim(scope, "hash"))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(201));
    }

    private static IdempotencyStore storeAt(Instant now) {
        return new IdempotencyStore(MONGO, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(60));
    }
}
