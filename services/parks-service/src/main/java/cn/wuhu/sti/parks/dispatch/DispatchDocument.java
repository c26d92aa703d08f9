package cn.wuhu.sti.parks.dispatch;

import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.parks.dispatch.model.Dispatch;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a dispatch meeting is stored. */
@Document("dispatches")
record DispatchDocument(
        @Id String id,
        LocalDate heldOn,
        DispatchChair chair,
        List<String> parkIds,
        int issuesRaised,
        int issuesResolved) {

    static DispatchDocument of(Dispatch dispatch) {
        return new DispatchDocument(
                dispatch.id(),
                dispatch.heldOn(),
                dispatch.chair(),
                dispatch.parkIds(),
                dispatch.issuesRaised(),
                dispatch.issuesResolved());
    }

    Dispatch toDispatch() {
        return new Dispatch(id, heldOn, chair, parkIds, issuesRaised, issuesResolved);
    }
}
