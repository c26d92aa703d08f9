package cn.wuhu.sti.parks.carrier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.parks.carrier.model.Carrier;
import cn.wuhu.sti.parks.carrier.model.CarrierCommands;
import cn.wuhu.sti.reference.District;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the carrier commands: the carrier decides, the store keeps its new state and event in one write. */
@Service
class CarrierService {

    private final AggregateStore<CarrierDocument> carriers;
    private final IdGenerator ids;

    CarrierService(AggregateStores stores, IdGenerator ids) {
        this.carriers = stores.of(CarrierDocument.class, "carrier");
        this.ids = ids;
    }

    Carrier accredit(CarrierCommands.Accredit command) {
        var accredited = Carrier.accredit(command, ids.generateId().toString());
        var carrier = accredited.aggregate();
        carriers.insert(carrier.id(), CarrierDocument.of(carrier), List.of(accredited.event()));
        return carrier;
    }

    Carrier raise(String id, CarrierCommands.RaiseLevel command) {
        return carriers.change(id, stored -> {
            var change = stored.toCarrier().raise(command);
            var carrier = change.aggregate();
            return new Decision<>(CarrierDocument.of(carrier), List.of(change.event()), carrier);
        });
    }

    Carrier find(String id) {
        return carriers.get(id).toCarrier();
    }

    Page<Carrier> search(CarrierKind kind, AccreditationLevel level, District district, Pageable page) {
        var query = new Query();
        if (kind != null) {
            query.addCriteria(where("kind").is(kind));
        }
        if (level != null) {
            query.addCriteria(where("level").is(level));
        }
        if (district != null) {
            query.addCriteria(where("district").is(district));
        }
        return carriers.page(query, page).map(CarrierDocument::toCarrier);
    }
}
