package cn.wuhu.sti.parks.dispatch.model;

import cn.wuhu.sti.events.parks.DispatchChair;
import java.time.LocalDate;
import java.util.List;

/** What a caller can ask of a dispatch meeting, already checked for shape at the edge. */
public final class DispatchCommands {

    public record Hold(
            LocalDate heldOn,
            DispatchChair chair,
            List<String> parkIds,
            Integer issuesRaised,
            Integer issuesResolved) {}

    private DispatchCommands() {}
}
