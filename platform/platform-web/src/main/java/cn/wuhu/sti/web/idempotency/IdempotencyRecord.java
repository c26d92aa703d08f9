package cn.wuhu.sti.web.idempotency;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One key's first request: claimed {@code IN_FLIGHT} before the controller runs, then holding the answer that
 * repeats get back.
 */
@Document(collection = IdempotencyStore.COLLECTION)
record IdempotencyRecord(
        @Id String id,
        String principal,
        String method,
        String path,
        String key,
        String requestHash,
        State state,
        Instant createdAt,
        Integer status,
        String contentType,
        String location,
        byte[] body) {

    enum State {
        IN_FLIGHT,
        COMPLETED
    }

    static IdempotencyRecord inFlight(RequestScope scope, String requestHash, Instant now) {
        return new IdempotencyRecord(
                scope.id(),
                scope.principal(),
                scope.method(),
                scope.path(),
                scope.key(),
                requestHash,
                State.IN_FLIGHT,
                now,
                null,
                null,
                null,
                null);
    }
}
