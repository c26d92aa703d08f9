package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.MatchingViews.DemandView;
import cn.wuhu.sti.techmarket.matching.MatchingViews.SuggestionView;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
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

/** Technology demands (技术需求) firms published, and the achievements suggested for each. */
@RestController
@Validated
@RequestMapping("/api/techmarket/demands")
class DemandController {

    private static final String DEMAND = "/api/techmarket/demands/{id}";

    private final MatchingService matching;

    DemandController(MatchingService matching) {
        this.matching = matching;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Published; Location names the demand")
    ResponseEntity<DemandView> publishDemand(@Valid @RequestBody MatchingRequests.DemandRequest request) {
        var demand = matching.publish(request.toCommand());
        return Created.at(DemandView.of(demand), DEMAND, demand.id());
    }

    @GetMapping("/{id}")
    DemandView findDemand(@PathVariable String id) {
        return DemandView.of(matching.demand(id));
    }

    @GetMapping
    PageView<DemandView> searchDemands(
            @RequestParam(required = false) Industry industry,
            @Parameter(description = "The year the demand was published")
                    @RequestParam(required = false)
                    @Min(1990)
                    @Max(2100)
                    Integer year,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(matching.demands(industry, year, paging.pageable()), DemandView::of);
    }

    @GetMapping("/{id}/suggestions")
    @Operation(
            summary = "Achievements ranked by relevance to the demand",
            description = "By the Chinese text of titles and descriptions (BM25 over SmartChineseAnalyzer terms),"
                    + " with a bonus for the demand's industry; the top 10 unless asked, at most 50 a page.")
    PageView<SuggestionView> suggestAchievements(
            @PathVariable String id, @Valid @ParameterObject SuggestionQuery paging) {
        return PageView.of(
                matching.suggestionsFor(id, paging.pageable()), s -> SuggestionView.of(s.achievement(), s.score()));
    }
}
