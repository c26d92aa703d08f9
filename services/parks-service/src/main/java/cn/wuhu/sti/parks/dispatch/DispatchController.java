package cn.wuhu.sti.parks.dispatch;

import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.parks.dispatch.model.Dispatch;
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

/** Dispatch meetings (调度) on one or more parks, chaired by a city leader or by the bureau. */
@RestController
@Validated
@RequestMapping("/api/parks/dispatches")
class DispatchController {

    private static final String DISPATCH = "/api/parks/dispatches/{id}";

    private final DispatchService dispatches;

    DispatchController(DispatchService dispatches) {
        this.dispatches = dispatches;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the meeting")
    @ApiResponse(responseCode = "404", description = "A park it names is unknown; the detail names it")
    ResponseEntity<DispatchView> holdDispatch(@Valid @RequestBody DispatchRequests.HoldRequest request) {
        Dispatch dispatch = dispatches.hold(request.toCommand());
        return Created.at(DispatchView.of(dispatch), DISPATCH, dispatch.id());
    }

    @GetMapping("/{id}")
    DispatchView findDispatch(@PathVariable String id) {
        return DispatchView.of(dispatches.find(id));
    }

    @GetMapping
    PageView<DispatchView> searchDispatches(
            @RequestParam(required = false) DispatchChair chair,
            @RequestParam(required = false) String parkId,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(dispatches.search(chair, parkId, paging.pageable()), DispatchView::of);
    }
}
