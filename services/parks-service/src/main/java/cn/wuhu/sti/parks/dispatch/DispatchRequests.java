package cn.wuhu.sti.parks.dispatch;

import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.parks.dispatch.model.DispatchCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The request body of the dispatch API, as the contract names its fields. */
final class DispatchRequests {

    record HoldRequest(
            @NotNull LocalDate heldOn,
            @NotNull DispatchChair chair,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> parkIds,
            @NotNull @PositiveOrZero Integer issuesRaised,
            @NotNull @PositiveOrZero Integer issuesResolved) {

        DispatchCommands.Hold toCommand() {
            return new DispatchCommands.Hold(heldOn, chair, parkIds, issuesRaised, issuesResolved);
        }
    }

    private DispatchRequests() {}
}
