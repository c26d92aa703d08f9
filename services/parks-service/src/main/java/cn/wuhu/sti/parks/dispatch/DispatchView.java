package cn.wuhu.sti.parks.dispatch;

import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.parks.dispatch.model.Dispatch;
import java.time.LocalDate;
import java.util.List;

/** A dispatch meeting as the API answers it; never the stored document. */
record DispatchView(
        String id, LocalDate heldOn, DispatchChair chair, List<String> parkIds, int issuesRaised, int issuesResolved) {

    static DispatchView of(Dispatch dispatch) {
        return new DispatchView(
                dispatch.id(),
                dispatch.heldOn(),
                dispatch.chair(),
                dispatch.parkIds(),
                dispatch.issuesRaised(),
                dispatch.issuesResolved());
    }
}
