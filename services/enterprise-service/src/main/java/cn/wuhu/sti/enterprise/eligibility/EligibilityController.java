package cn.wuhu.sti.enterprise.eligibility;

import cn.wuhu.sti.enterprise.eligibility.EligibilityViews.CandidatesView;
import cn.wuhu.sti.enterprise.eligibility.EligibilityViews.RuleSetView;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
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

/** Eligibility rules as data, and the candidates for the next rung they pick out. */
@RestController
@Validated
@RequestMapping("/api/enterprises")
class EligibilityController {

    private final EligibilityService eligibility;

    EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @PostMapping("/rule-sets")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the rule set")
    @ApiResponse(responseCode = "409", description = "A rule set for this tier and effectiveFrom is already recorded")
    ResponseEntity<RuleSetView> defineRuleSet(@Valid @RequestBody EligibilityRequests.RuleSetRequest request) {
        var ruleSet = eligibility.define(request.toDefinition());
        return Created.at(RuleSetView.of(ruleSet), "/api/enterprises/rule-sets/{id}", ruleSet.id());
    }

    @GetMapping("/rule-sets/{id}")
    @ApiResponse(responseCode = "404", description = "No rule set with this id")
    RuleSetView ruleSet(@PathVariable String id) {
        return RuleSetView.of(eligibility.ruleSet(id));
    }

    @GetMapping("/rule-sets")
    PageView<RuleSetView> ruleSets(
            @RequestParam(required = false) Tier tier, @Valid @ParameterObject PageQuery paging) {
        return PageView.of(eligibility.ruleSets(tier, paging.pageable()), RuleSetView::of);
    }

    @GetMapping("/candidates")
    @ApiResponse(responseCode = "404", description = "No rule set for the tier is in force on 31 December of the year")
    CandidatesView candidates(
            @RequestParam Tier tier,
            @RequestParam @Min(1990) @Max(2100) int year,
            @RequestParam(required = false) Boolean eligible,
            @Valid @ParameterObject PageQuery paging) {
        return CandidatesView.of(tier, year, eligibility.candidates(tier, year, eligible, paging.pageable()));
    }
}
