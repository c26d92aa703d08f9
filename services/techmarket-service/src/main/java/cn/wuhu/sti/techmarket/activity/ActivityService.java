package cn.wuhu.sti.techmarket.activity;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.techmarket.activity.model.Activity;
import cn.wuhu.sti.techmarket.activity.model.ActivityCommands;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Records held activities: the activity checks itself, the store keeps it and its event in one write. */
@Service
class ActivityService {

    private final AggregateStore<ActivityDocument> activities;
    private final IdGenerator ids;

    ActivityService(AggregateStores stores, IdGenerator ids) {
        this.activities = stores.of(ActivityDocument.class, "activity");
        this.ids = ids;
    }

    Activity hold(ActivityCommands.Hold command) {
        var held = Activity.hold(command, ids.generateId().toString());
        var activity = held.aggregate();
        activities.insert(activity.id(), ActivityDocument.of(activity), List.of(held.event()));
        return activity;
    }

    Activity find(String id) {
        return activities.get(id).toActivity();
    }

    /** Activities of a kind, held in a year; each criterion optional. */
    Page<Activity> search(ActivityKind kind, Integer year, Pageable page) {
        var query = new Query();
        if (kind != null) {
            query.addCriteria(where("kind").is(kind));
        }
        if (year != null) {
            query.addCriteria(where("heldOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1)));
        }
        return activities.page(query, page).map(ActivityDocument::toActivity);
    }
}
