package cn.wuhu.sti.talent.enclave;

import cn.wuhu.sti.talent.enclave.EnclaveViews.EnclaveView;
import cn.wuhu.sti.talent.enclave.EnclaveViews.ProjectView;
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
import org.springframework.web.bind.annotation.RestController;

/** Innovation enclaves and the projects they incubate and hand to Wuhu. */
@RestController
@Validated
@RequestMapping("/api/talent/enclaves")
class EnclaveController {

    private static final String PROJECT = "/api/talent/enclaves/{id}/projects/{projectId}";

    private final EnclaveService enclaves;

    EnclaveController(EnclaveService enclaves) {
        this.enclaves = enclaves;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Opened; Location names the enclave")
    ResponseEntity<EnclaveView> openEnclave(@Valid @RequestBody EnclaveRequests.OpenRequest request) {
        var enclave = enclaves.open(request.toCommand());
        return Created.at(EnclaveView.of(enclave), "/api/talent/enclaves/{id}", enclave.id());
    }

    @PostMapping("/{id}/projects")
    @ApiResponse(responseCode = "201", description = "Incubated; Location names the project")
    ResponseEntity<ProjectView> incubate(
            @PathVariable String id, @Valid @RequestBody EnclaveRequests.IncubateRequest request) {
        var project = enclaves.incubate(id, request.toCommand());
        return Created.at(ProjectView.of(id, project), PROJECT, id, project.id());
    }

    @PostMapping("/{id}/projects/{projectId}/landing")
    @ApiResponse(responseCode = "201", description = "Landed in the district")
    @ApiResponse(responseCode = "409", description = "The project has landed already")
    ResponseEntity<ProjectView> landProject(
            @PathVariable String id,
            @PathVariable String projectId,
            @Valid @RequestBody EnclaveRequests.LandRequest request) {
        var project = enclaves.land(id, projectId, request.toCommand());
        return Created.at(ProjectView.of(id, project), PROJECT, id, project.id());
    }

    @GetMapping("/{id}")
    EnclaveView findEnclave(@PathVariable String id) {
        return EnclaveView.of(enclaves.find(id));
    }

    @GetMapping("/{id}/projects/{projectId}")
    ProjectView findProject(@PathVariable String id, @PathVariable String projectId) {
        return ProjectView.of(id, enclaves.project(id, projectId));
    }

    @GetMapping
    PageView<EnclaveView> listEnclaves(@Valid @ParameterObject PageQuery paging) {
        return PageView.of(enclaves.list(paging.pageable()), EnclaveView::of);
    }
}
