package cn.wuhu.sti.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.events.InvalidEventException;
import cn.wuhu.sti.store.StoreUnavailable;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

class StoreUnavailableTest {

    @Test
    void aStoreOutageWrappedByTheListenerIsRecognisedAndRetriedWithoutEnd() {
        var outage = new ListenerExecutionFailedException(
                "listener failed", new DataAccessResourceFailureException("no primary"));

        assertThat(StoreUnavailable.isCause(outage)).isTrue();
        BackOffExecution execution =
                StoreUnavailable.backOff(Duration.ofMillis(500)).start();
        long last = 0;
        for (int i = 0; i < 50; i++) {
            last = execution.nextBackOff();
        }
        assertThat(last).isEqualTo(30_000L);
    }

    @Test
    void aBrokenRecordIsNotMistakenForAnOutage() {
        assertThat(StoreUnavailable.isCause(new ListenerExecutionFailedException(
                        "listener failed", new InvalidEventException("wrong shape"))))
                .isFalse();
    }
}
