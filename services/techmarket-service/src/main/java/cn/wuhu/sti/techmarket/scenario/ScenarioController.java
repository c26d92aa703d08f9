package cn.wuhu.sti.techmarket.scenario;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.techmarket.scenario.model.Scenario;
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

/** Scenario innovation (场景创新): capability and opportunity list items, whose projects land in a district. */
@RestController
@Validated
@RequestMapping("/api/techmarket/scenarios")
class ScenarioController {

    private static final String SCENARIO = "/api/techmarket/scenarios/{id}";

    private final ScenarioService scenarios;

    ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Published; Location names the item")
    ResponseEntity<ScenarioView> publishScenario(@Valid @RequestBody ScenarioRequests.PublishRequest request) {
        return created(scenarios.publish(request.toCommand()));
    }

    @PostMapping("/{id}/landing")
    @ApiResponse(responseCode = "201", description = "Landed in the district")
    @ApiResponse(responseCode = "409", description = "The scenario landed already")
    ResponseEntity<ScenarioView> landScenario(
            @PathVariable String id, @Valid @RequestBody ScenarioRequests.LandRequest request) {
        return created(scenarios.land(id, request.toCommand()));
    }

    @GetMapping("/{id}")
    ScenarioView findScenario(@PathVariable String id) {
        return ScenarioView.of(scenarios.find(id));
    }

    @GetMapping
    PageView<ScenarioView> searchScenarios(
            @RequestParam(required = false) ScenarioList list,
            @RequestParam(required = false) Boolean landed,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(scenarios.search(list, landed, paging.pageable()), ScenarioView::of);
    }

    private static ResponseEntity<ScenarioView> created(Scenario scenario) {
        return Created.at(ScenarioView.of(scenario), SCENARIO, scenario.id());
    }
}
