package cn.wuhu.sti.parks.dispatch;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.parks.dispatch.model.Dispatch;
import cn.wuhu.sti.parks.dispatch.model.DispatchCommands;
import cn.wuhu.sti.parks.park.KnownParks;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Records dispatch meetings on parks that exist: the model checks the meeting, this service the parks it names. */
@Service
class DispatchService {

    private final AggregateStore<DispatchDocument> dispatches;
    private final KnownParks parks;
    private final IdGenerator ids;

    DispatchService(AggregateStores stores, KnownParks parks, IdGenerator ids) {
        this.dispatches = stores.of(DispatchDocument.class, "dispatch");
        this.parks = parks;
        this.ids = ids;
    }

    Dispatch hold(DispatchCommands.Hold command) {
        var held = Dispatch.hold(command, ids.generateId().toString());
        var dispatch = held.aggregate();
        parks.requireAll(dispatch.parkIds());
        dispatches.insert(dispatch.id(), DispatchDocument.of(dispatch), List.of(held.event()));
        return dispatch;
    }

    Dispatch find(String id) {
        return dispatches.get(id).toDispatch();
    }

    Page<Dispatch> search(DispatchChair chair, String parkId, Pageable page) {
        var query = new Query();
        if (chair != null) {
            query.addCriteria(where("chair").is(chair));
        }
        if (parkId != null) {
            query.addCriteria(where("parkIds").is(parkId));
        }
        return dispatches.page(query, page).map(DispatchDocument::toDispatch);
    }
}
