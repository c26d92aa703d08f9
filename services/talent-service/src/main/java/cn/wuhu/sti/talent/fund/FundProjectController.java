package cn.wuhu.sti.talent.fund;

import cn.wuhu.sti.talent.fund.model.FundProject;
import cn.wuhu.sti.talent.fund.model.FundProjectStage;
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

/** The S&amp;T venture fund's project library; each move answers the project as it became. */
@RestController
@Validated
@RequestMapping("/api/talent/fund-projects")
class FundProjectController {

    private static final String PROJECT = "/api/talent/fund-projects/{id}";

    private final FundProjectService projects;

    FundProjectController(FundProjectService projects) {
        this.projects = projects;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Sourced; Location names the project")
    ResponseEntity<FundProjectView> sourceFundProject(@Valid @RequestBody FundProjectRequests.SourceRequest request) {
        return created(projects.source(request.toCommand()));
    }

    @PostMapping("/{id}/due-diligence")
    @ApiResponse(responseCode = "201", description = "Under due diligence")
    @ApiResponse(responseCode = "409", description = "The project's stage does not allow it")
    ResponseEntity<FundProjectView> startDueDiligence(
            @PathVariable String id, @Valid @RequestBody FundProjectRequests.MoveRequest request) {
        return created(projects.move(id, project -> project.startDueDiligence(request.toCommand())));
    }

    @PostMapping("/{id}/investment")
    @ApiResponse(responseCode = "201", description = "Invested in")
    @ApiResponse(responseCode = "409", description = "The project's stage does not allow it")
    ResponseEntity<FundProjectView> invest(
            @PathVariable String id, @Valid @RequestBody FundProjectRequests.InvestRequest request) {
        return created(projects.move(id, project -> project.invest(request.toCommand())));
    }

    @PostMapping("/{id}/rejection")
    @ApiResponse(responseCode = "201", description = "Rejected")
    @ApiResponse(responseCode = "409", description = "The project's stage does not allow it")
    ResponseEntity<FundProjectView> reject(
            @PathVariable String id, @Valid @RequestBody FundProjectRequests.RejectRequest request) {
        return created(projects.move(id, project -> project.reject(request.toCommand())));
    }

    @GetMapping("/{id}")
    FundProjectView findFundProject(@PathVariable String id) {
        return FundProjectView.of(projects.find(id));
    }

    @GetMapping
    PageView<FundProjectView> searchFundProjects(
            @RequestParam(required = false) FundProjectStage stage, @Valid @ParameterObject PageQuery paging) {
        return PageView.of(projects.search(stage, paging.pageable()), FundProjectView::of);
    }

    private static ResponseEntity<FundProjectView> created(FundProject project) {
        return Created.at(FundProjectView.of(project), PROJECT, project.id());
    }
}
