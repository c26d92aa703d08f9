package cn.wuhu.sti.parks.park;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.events.parks.ParkEvent;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.parks.park.model.Park;
import cn.wuhu.sti.parks.park.model.ParkCommands;
import cn.wuhu.sti.parks.park.model.ParkStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the park commands: the park decides, the store keeps its new state and event in one write. */
@Service
class ParkService {

    private static final int BATCH = 500;

    private final AggregateStore<ParkDocument> parks;
    private final IdGenerator ids;

    ParkService(AggregateStores stores, IdGenerator ids) {
        this.parks = stores.of(ParkDocument.class, "park");
        this.ids = ids;
    }

    Park plan(ParkCommands.Plan command) {
        var planned = Park.plan(command, ids.generateId().toString());
        var park = planned.aggregate();
        parks.insert(park.id(), ParkDocument.of(park), List.of(planned.event()));
        return park;
    }

    Park move(String id, Function<Park, Change<Park, ? extends ParkEvent>> move) {
        return parks.change(id, stored -> {
            var change = move.apply(stored.toPark());
            var park = change.aggregate();
            return new Decision<>(ParkDocument.of(park), List.of(change.event()), park);
        });
    }

    Park find(String id) {
        return parks.get(id).toPark();
    }

    boolean exists(String id) {
        return parks.find(id).isPresent();
    }

    Page<Park> search(District district, Industry industry, ParkStage stage, Pageable page) {
        var query = new Query();
        if (district != null) {
            query.addCriteria(where("district").is(district));
        }
        if (industry != null) {
            query.addCriteria(where("industry").is(industry));
        }
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        }
        return parks.page(query, page).map(ParkDocument::toPark);
    }

    /** Every park, read in batches. */
    List<Park> all() {
        var all = new ArrayList<Park>();
        Page<ParkDocument> batch;
        int number = 0;
        do {
            batch = parks.page(new Query(), PageRequest.of(number++, BATCH));
            batch.forEach(document -> all.add(document.toPark()));
        } while (batch.hasNext());
        return all;
    }
}
