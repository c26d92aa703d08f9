package cn.wuhu.sti.parks.park;

import cn.wuhu.sti.parks.park.ParkViews.CoverageView;
import cn.wuhu.sti.parks.park.ParkViews.OccupancyView;
import cn.wuhu.sti.parks.park.ParkViews.OverallOccupancyView;
import cn.wuhu.sti.parks.park.ParkViews.ParkView;
import cn.wuhu.sti.parks.park.model.Park;
import cn.wuhu.sti.parks.park.model.ParkStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Innovation parks: planned today, then construction, opening and tenants moving in and out; each move answers the
 * park as it became. The literal paths under {@code /api/parks} (carriers, platforms, dispatches, coverage,
 * occupancy) are never taken for a park id: Spring matches a literal segment before a variable one.
 */
@RestController
@Validated
@RequestMapping("/api/parks")
class ParkController {

    private static final String PARK = "/api/parks/{id}";

    private final ParkService parks;
    private final Clock clock;

    ParkController(ParkService parks, Clock clock) {
        this.parks = parks;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(
            responseCode = "201",
            description = "Planned (today unless plannedOn says otherwise); Location names the park")
    ResponseEntity<ParkView> planPark(@Valid @RequestBody ParkRequests.PlanRequest request) {
        return created(parks.plan(request.toCommand(LocalDate.now(clock))));
    }

    @PostMapping("/{id}/construction")
    @ApiResponse(responseCode = "201", description = "Under construction")
    @ApiResponse(responseCode = "409", description = "The park's stage does not allow it; the detail names the stage")
    ResponseEntity<ParkView> startConstruction(
            @PathVariable String id, @Valid @RequestBody ParkRequests.ConstructionRequest request) {
        return created(parks.move(id, park -> park.startConstruction(request.toCommand())));
    }

    @PostMapping("/{id}/opening")
    @ApiResponse(responseCode = "201", description = "In use, with the usable area to lease")
    @ApiResponse(responseCode = "409", description = "The park's stage does not allow it; the detail names the stage")
    ResponseEntity<ParkView> openPark(
            @PathVariable String id, @Valid @RequestBody ParkRequests.OpeningRequest request) {
        return created(parks.move(id, park -> park.open(request.toCommand())));
    }

    @PostMapping("/{id}/tenants")
    @ApiResponse(responseCode = "201", description = "The firm moved in")
    @ApiResponse(
            responseCode = "409",
            description = "The park is not in use, the firm is a tenant already, or the area is more than is free")
    ResponseEntity<ParkView> moveIn(@PathVariable String id, @Valid @RequestBody ParkRequests.MoveInRequest request) {
        return created(parks.move(id, park -> park.moveIn(request.toCommand())));
    }

    @PostMapping("/{id}/tenants/{uscc}/move-out")
    @ApiResponse(responseCode = "201", description = "The firm moved out; its area is free from that day")
    @ApiResponse(responseCode = "404", description = "No such park, or the firm is no tenant of it")
    ResponseEntity<ParkView> moveOut(
            @PathVariable String id,
            @PathVariable String uscc,
            @Valid @RequestBody ParkRequests.MoveOutRequest request) {
        return created(parks.move(id, park -> park.moveOut(request.toCommand(uscc))));
    }

    @GetMapping("/{id}")
    ParkView findPark(@PathVariable String id) {
        return ParkView.of(parks.find(id));
    }

    @GetMapping("/{id}/occupancy")
    OccupancyView parkOccupancy(
            @PathVariable String id,
            @Parameter(description = "The day to tell the occupancy of; today if absent")
                    @RequestParam(required = false)
                    LocalDate date) {
        return OccupancyView.of(parks.find(id), dayOrToday(date));
    }

    @GetMapping("/occupancy")
    OverallOccupancyView overallOccupancy(
            @Parameter(description = "The day to tell the occupancy of; today if absent")
                    @RequestParam(required = false)
                    LocalDate date) {
        return OverallOccupancyView.of(parks.all(), dayOrToday(date));
    }

    @GetMapping("/coverage")
    CoverageView coverage() {
        return CoverageView.of(parks.all());
    }

    @GetMapping
    PageView<ParkView> searchParks(
            @RequestParam(required = false) District district,
            @RequestParam(required = false) Industry industry,
            @RequestParam(required = false) ParkStage stage,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(parks.search(district, industry, stage, paging.pageable()), ParkView::of);
    }

    private LocalDate dayOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private static ResponseEntity<ParkView> created(Park park) {
        return Created.at(ParkView.of(park), PARK, park.id());
    }
}
