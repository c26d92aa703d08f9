package cn.wuhu.sti.techmarket.activity;

import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matchmaking activities: city-leader forums (科技畅聊会), innovation fairs (双创汇) and other events. */
@RestController
@Validated
@RequestMapping("/api/techmarket/activities")
class ActivityController {

    private static final String ACTIVITY = "/api/techmarket/activities/{id}";

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the activity")
    ResponseEntity<ActivityView> recordActivity(@Valid @RequestBody ActivityRequest request) {
        var activity = activities.hold(request.toCommand());
        return Created.at(ActivityView.of(activity), ACTIVITY, activity.id());
    }

    @GetMapping("/{id}")
    ActivityView findActivity(@PathVariable String id) {
        return ActivityView.of(activities.find(id));
    }

    @GetMapping
    PageView<ActivityView> searchActivities(
            @RequestParam(required = false) ActivityKind kind,
            @Parameter(description = "The year the activity was held")
                    @RequestParam(required = false)
                    @Min(1990)
                    @Max(2100)
                    Integer year,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(activities.search(kind, year, paging.pageable()), ActivityView::of);
    }
}
