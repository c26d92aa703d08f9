package cn.wuhu.sti.parks.platform;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.parks.platform.model.Platform;
import cn.wuhu.sti.parks.platform.model.PlatformCommands;
import cn.wuhu.sti.reference.District;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Accredits innovation platforms: the platform is stored with its event in one write. */
@Service
class PlatformService {

    private final AggregateStore<PlatformDocument> platforms;
    private final IdGenerator ids;

    PlatformService(AggregateStores stores, IdGenerator ids) {
        this.platforms = stores.of(PlatformDocument.class, "platform");
        this.ids = ids;
    }

    Platform accredit(PlatformCommands.Accredit command) {
        var accredited = Platform.accredit(command, ids.generateId().toString());
        var platform = accredited.aggregate();
        platforms.insert(platform.id(), PlatformDocument.of(platform), List.of(accredited.event()));
        return platform;
    }

    Platform find(String id) {
        return platforms.get(id).toPlatform();
    }

    Page<Platform> search(PlatformKind kind, AccreditationLevel level, District district, Pageable page) {
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
        return platforms.page(query, page).map(PlatformDocument::toPlatform);
    }
}
