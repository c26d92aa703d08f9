package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.techmarket.matching.MatchingViews.MatchView;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
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

/** Matches (对接) of one achievement with one demand, each pair once. */
@RestController
@Validated
@RequestMapping("/api/techmarket/matches")
class MatchController {

    private static final String MATCH = "/api/techmarket/matches/{id}";

    private final MatchingService matching;

    MatchController(MatchingService matching) {
        this.matching = matching;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Matched; Location names the match")
    @ApiResponse(responseCode = "404", description = "No such achievement or demand")
    @ApiResponse(responseCode = "409", description = "The pair is matched already")
    ResponseEntity<MatchView> matchAchievement(@Valid @RequestBody MatchingRequests.MatchRequest request) {
        var match = matching.match(request.achievementId(), request.demandId(), request.toCommand());
        return Created.at(MatchView.of(match), MATCH, match.id());
    }

    @GetMapping("/{id}")
    MatchView findMatch(@PathVariable String id) {
        return MatchView.of(matching.match(id));
    }

    @GetMapping
    PageView<MatchView> searchMatches(
            @RequestParam(required = false) String achievementId,
            @RequestParam(required = false) String demandId,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(matching.matches(achievementId, demandId, paging.pageable()), MatchView::of);
    }
}
