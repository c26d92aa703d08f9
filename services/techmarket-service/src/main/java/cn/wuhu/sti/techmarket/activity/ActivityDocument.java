package cn.wuhu.sti.techmarket.activity;

import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.activity.model.Activity;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an activity is stored; {@code district} and {@code industry} are absent where it has none. */
@Document("activities")
record ActivityDocument(
        @Id String id, String title, ActivityKind kind, LocalDate heldOn, District district, Industry industry) {

    static ActivityDocument of(Activity activity) {
        return new ActivityDocument(
                activity.id(),
                activity.title(),
                activity.kind(),
                activity.heldOn(),
                activity.district().orElse(null),
                activity.industry().orElse(null));
    }

    Activity toActivity() {
        return new Activity(id, title, kind, heldOn, Optional.ofNullable(district), Optional.ofNullable(industry));
    }
}
