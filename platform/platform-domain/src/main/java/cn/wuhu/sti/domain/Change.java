package cn.wuhu.sti.domain;

import java.util.Objects;

/**
 * What a command did to an immutable aggregate: its new state and the event that records the move. The application
 * service stores both in one write, so no change goes unpublished and no event describes a change never stored.
 */
public record Change<A, E>(A aggregate, E event) {

    public Change {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(event, "event");
    }
}
