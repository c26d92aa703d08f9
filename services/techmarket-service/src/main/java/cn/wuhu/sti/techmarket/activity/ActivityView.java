package cn.wuhu.sti.techmarket.activity;

import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.activity.model.Activity;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** An activity as the API answers it; never the stored document. */
record ActivityView(
        String id,
        String title,
        ActivityKind kind,
        LocalDate heldOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) District district,
        @JsonInclude(JsonInclude.Include.NON_NULL) Industry industry) {

    static ActivityView of(Activity activity) {
        return new ActivityView(
                activity.id(),
                activity.title(),
                activity.kind(),
                activity.heldOn(),
                activity.district().orElse(null),
                activity.industry().orElse(null));
    }
}
