package cn.wuhu.sti.reporting.rebuild;

import java.time.Instant;
import java.util.Map;

/**
 * Where the rebuild stands: {@code generation} is the one being replayed while {@code REPLAYING}, the one read once
 * {@code IDLE}; {@code replayed} counts the records handled since {@code startedAt}, {@code lagLeft} the records
 * between the listeners and the ends the topics had at the start; {@code switchedAt} is when the queries moved over.
 */
public record RebuildProgress(
        State state, long generation, Instant startedAt, long replayed, LagLeft lagLeft, Instant switchedAt) {

    public enum State {
        IDLE,
        REPLAYING
    }

    public record LagLeft(Map<String, Long> topics, long total) {}

    static RebuildProgress neverRebuilt(long generation) {
        return new RebuildProgress(State.IDLE, generation, null, 0, new LagLeft(Map.of(), 0), null);
    }
}
