package cn.wuhu.sti.messaging.consumer;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/** Failures that say the store is away for a while, not that the record is wrong. */
public final class StoreUnavailable {

    public static boolean isCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Retries without end, from {@code initial} doubling up to 30 s. */
    public static BackOff backOff(Duration initial) {
        var backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        return backOff;
    }

    private StoreUnavailable() {}
}
