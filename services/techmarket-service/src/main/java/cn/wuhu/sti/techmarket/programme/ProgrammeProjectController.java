package cn.wuhu.sti.techmarket.programme;

import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.reference.District;
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

/** S&amp;T programme projects (科技计划项目): the public funding and the lead firm's own investment. */
@RestController
@Validated
@RequestMapping("/api/techmarket/programme-projects")
class ProgrammeProjectController {

    private static final String PROJECT = "/api/techmarket/programme-projects/{id}";

    private final ProgrammeProjectService projects;

    ProgrammeProjectController(ProgrammeProjectService projects) {
        this.projects = projects;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Approved; Location names the project")
    ResponseEntity<ProgrammeProjectView> approveProgrammeProject(@Valid @RequestBody ProgrammeProjectRequest request) {
        var project = projects.approve(request.toCommand());
        return Created.at(ProgrammeProjectView.of(project), PROJECT, project.id());
    }

    @GetMapping("/{id}")
    ProgrammeProjectView findProgrammeProject(@PathVariable String id) {
        return ProgrammeProjectView.of(projects.find(id));
    }

    @GetMapping
    PageView<ProgrammeProjectView> searchProgrammeProjects(
            @RequestParam(required = false) ProgrammeKind kind,
            @RequestParam(required = false) District district,
            @Parameter(description = "The year the project was approved")
                    @RequestParam(required = false)
                    @Min(1990)
                    @Max(2100)
                    Integer year,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(projects.search(kind, district, year, paging.pageable()), ProgrammeProjectView::of);
    }
}
