package cn.wuhu.sti.web.problem;

import cn.wuhu.sti.store.StoreUnavailable;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What a request gets while the store is away ({@link StoreUnavailable}): {@code 503} with {@code Retry-After}, so
 * the caller knows to send the same request again, rather than a {@code 500}. Usually nothing was written; when the
 * connection broke after the write was sent it may have been, which a retry with the same {@code Idempotency-Key}
 * (or the write's own duplicate check) settles.
 */
public final class StoreOutageAnswer {

    private final long retryAfterSeconds;

    public StoreOutageAnswer(Duration retryAfter) {
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    boolean applies(Throwable exception) {
        return StoreUnavailable.isCause(exception);
    }

    ProblemDetail problem() {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The service's store is unavailable; retry after Retry-After seconds.");
    }

    HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
