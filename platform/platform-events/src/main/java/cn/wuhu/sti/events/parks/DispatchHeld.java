package cn.wuhu.sti.events.parks;

import java.time.LocalDate;
import java.util.List;

/**
 * A dispatch meeting on one or more parks was held; it counts in the year of {@code heldOn}, and in the district of
 * each park it was on (as its {@link ParkPlanned} names). {@code issuesResolved} is at most {@code issuesRaised}.
 */
public record DispatchHeld(
        String dispatchId,
        LocalDate heldOn,
        DispatchChair chair,
        List<String> parkIds,
        int issuesRaised,
        int issuesResolved)
        implements DispatchEvent {

    public DispatchHeld {
        parkIds = List.copyOf(parkIds);
    }
}
