package cn.wuhu.sti.reporting.rebuild;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;

/**
 * One rebuild's replay of the topics, from their beginnings to the ends they had when it started; records published
 * since carry the positions past those ends. Listener threads report records while readers ask for the lag.
 */
final class Replay {

    private final long generation;
    private final Instant startedAt;
    private final Map<TopicPartition, Long> ends;
    private final Map<TopicPartition, Long> positions;
    private final AtomicLong replayed = new AtomicLong();
    private volatile Instant switchedAt;

    Replay(long generation, Instant startedAt, Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends) {
        this.generation = generation;
        this.startedAt = startedAt;
        this.ends = Map.copyOf(ends);
        this.positions = new ConcurrentHashMap<>(beginnings);
    }

    long generation() {
        return generation;
    }

    boolean replaying() {
        return switchedAt == null;
    }

    void handled(TopicPartition partition, long offset) {
        if (positions.containsKey(partition)) {
            positions.merge(partition, offset + 1, Math::max);
            replayed.incrementAndGet();
        }
    }

    boolean caughtUp() {
        return lagLeft().total() == 0;
    }

    void switched(Instant at) {
        switchedAt = at;
    }

    RebuildProgress progress() {
        return new RebuildProgress(
                replaying() ? RebuildProgress.State.REPLAYING : RebuildProgress.State.IDLE,
                generation,
                startedAt,
                replayed.get(),
                lagLeft(),
                switchedAt);
    }

    private RebuildProgress.LagLeft lagLeft() {
        Map<String, Long> topics = new TreeMap<>();
        ends.forEach((partition, end) ->
                topics.merge(partition.topic(), Math.max(0, end - positions.getOrDefault(partition, 0L)), Long::sum));
        return new RebuildProgress.LagLeft(
                topics, topics.values().stream().mapToLong(Long::longValue).sum());
    }
}
