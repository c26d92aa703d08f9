package cn.wuhu.sti.reporting.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

/**
 * Told of every record a listener has handled: the records of one poll that were applied move
 * {@link ReadModelVersion} once, when the container has handled them all, and each record handled (applied or
 * dead-lettered) moves a running rebuild's replay on. The platform's listener container factory picks this
 * interceptor up, being the only one.
 *
 * <p>Once per poll, not per record: the version is a write to the store, and per record it was one of three round
 * trips a projected event cost. A reader may therefore see a kept answer for as long as one poll's records take to
 * apply, never longer: the container calls {@link #clearThreadState} after every poll it handled, on the consumer's
 * own thread, whatever the outcome.
 *
 * <p>The container calls {@link #clearThreadState} from a {@code finally} around its poll loop, where an exception
 * ends the consumer thread for good: a listener that stops consuming and says nothing. So a bump the store refuses
 * (it is away) is logged and kept owing, and tried again after the next poll, empty or not, until the store takes it;
 * so is a rebuild's switch to the generation it replayed, which would otherwise skip the rest of a poll's records.
 */
@Component
class ReadModelChanges implements RecordInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ReadModelChanges.class);

    private final ReadModelVersion version;
    private final ReadModelRebuild rebuild;
    private final ThreadLocal<Boolean> appliedSinceThePoll = ThreadLocal.withInitial(() -> false);

    ReadModelChanges(ReadModelVersion version, ReadModelRebuild rebuild) {
        this.version = version;
        this.rebuild = rebuild;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        appliedSinceThePoll.set(true);
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        try {
            rebuild.handled(record.topic(), record.partition(), record.offset());
        } catch (RuntimeException storeAway) {
            // Thrown here, it would skip the rest of the poll's records: the switch is tried again after the poll.
            log.warn(
                    "Could not switch the rebuilt read models yet; trying again after the poll: {}",
                    storeAway.toString());
        }
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        try {
            if (appliedSinceThePoll.get()) {
                version.bump();
                appliedSinceThePoll.set(false);
            }
            rebuild.switchIfCaughtUp();
        } catch (RuntimeException storeAway) {
            log.warn(
                    "Could not record the read models' change; trying again after the next poll: {}",
                    storeAway.toString());
        }
    }
}
