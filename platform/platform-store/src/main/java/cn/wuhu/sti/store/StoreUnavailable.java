package cn.wuhu.sti.store;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Failures that say the store is away for a while, not that the request or record is wrong: no server selected in
 * time (the driver's {@link MongoTimeoutException}, which Spring translates to a
 * {@link DataAccessResourceFailureException}), a broken connection, or a primary stepping down in an election.
 */
public final class StoreUnavailable {

    public static boolean isCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoNotPrimaryException
                    || cause instanceof MongoNodeIsRecoveringException) {
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
