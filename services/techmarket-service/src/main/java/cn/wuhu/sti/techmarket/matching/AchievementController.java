package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.MatchingViews.AchievementView;
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

/** Published S&amp;T achievements (科技成果). */
@RestController
@Validated
@RequestMapping("/api/techmarket/achievements")
class AchievementController {

    private static final String ACHIEVEMENT = "/api/techmarket/achievements/{id}";

    private final MatchingService matching;

    AchievementController(MatchingService matching) {
        this.matching = matching;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Published; Location names the achievement")
    ResponseEntity<AchievementView> publishAchievement(
            @Valid @RequestBody MatchingRequests.AchievementRequest request) {
        var achievement = matching.publish(request.toCommand());
        return Created.at(AchievementView.of(achievement), ACHIEVEMENT, achievement.id());
    }

    @GetMapping("/{id}")
    AchievementView findAchievement(@PathVariable String id) {
        return AchievementView.of(matching.achievement(id));
    }

    @GetMapping
    PageView<AchievementView> searchAchievements(
            @RequestParam(required = false) Industry industry,
            @Parameter(description = "The year the achievement was published")
                    @RequestParam(required = false)
                    @Min(1990)
                    @Max(2100)
                    Integer year,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(matching.achievements(industry, year, paging.pageable()), AchievementView::of);
    }
}
