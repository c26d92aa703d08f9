package cn.wuhu.sti.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The read models' version moves once per poll that applied something, on the thread that applied it. */
class ReadModelChangesTest {

    private final CountedVersion version = new CountedVersion();
    private final AtomicInteger bumps = version.bumps;
    private final AtomicInteger refusals = version.refusals;
    private final ReadModelChanges changes = version.changes();

    @Test
    void thePollsAppliedRecordsMoveTheVersionOnceWhenThePollIsDone() {
        for (int offset = 0; offset < 3; offset++) {
            changes.success(record(offset), null);
        }
        assertThat(bumps).as("not per record").hasValue(0);

        changes.clearThreadState(null);
        assertThat(bumps).hasValue(1);

        changes.clearThreadState(null);
        assertThat(bumps).as("a poll that applied nothing").hasValue(1);
    }

    @Test
    void aRecordAppliedOnAnotherConsumerThreadMovesTheVersionWhenThatThreadsPollIsDone() throws Exception {
        Thread other = new Thread(() -> changes.success(record(7), null));
        other.start();
        other.join();

        changes.clearThreadState(null);
        assertThat(bumps).as("this thread applied nothing").hasValue(0);

        Thread done = new Thread(() -> {
            changes.success(record(8), null);
            changes.clearThreadState(null);
        });
        done.start();
        done.join();
        assertThat(bumps).hasValue(1);
    }

    /**
     * The container calls clearThreadState in a finally around its poll loop: an exception there ends the consumer
     * thread, so a store that is away must not escape it, and the version still owes the applied records a move.
     */
    @Test
    void aBumpTheStoreRefusesEndsNoConsumerThreadAndIsMadeAfterALaterPoll() {
        changes.success(record(1), null);
        refusals.set(2);

        assertThatCode(() -> changes.clearThreadState(null)).doesNotThrowAnyException();
        assertThatCode(() -> changes.clearThreadState(null))
                .as("an empty poll, store still away")
                .doesNotThrowAnyException();
        assertThat(bumps).hasValue(0);

        changes.clearThreadState(null);
        assertThat(bumps).as("once the store is back, after an empty poll").hasValue(1);

        changes.clearThreadState(null);
        assertThat(bumps).as("owed once, made once").hasValue(1);
    }

    private static ConsumerRecord<Object, Object> record(long offset) {
        return new ConsumerRecord<>("sti.enterprise.v1", 0, offset, "key", "value");
    }
}
