package cn.wuhu.sti.parks.carrier;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.parks.carrier.model.Carrier;
import cn.wuhu.sti.reference.District;
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

/** Incubation carriers (孵化载体): incubators, maker spaces and pilot-scale bases, accredited at a level that only rises. */
@RestController
@Validated
@RequestMapping("/api/parks/carriers")
class CarrierController {

    private static final String CARRIER = "/api/parks/carriers/{id}";

    private final CarrierService carriers;

    CarrierController(CarrierService carriers) {
        this.carriers = carriers;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Accredited; Location names the carrier")
    ResponseEntity<CarrierView> accreditCarrier(@Valid @RequestBody CarrierRequests.AccreditRequest request) {
        return created(carriers.accredit(request.toCommand()));
    }

    @PostMapping("/{id}/level")
    @ApiResponse(responseCode = "201", description = "Raised to the higher level from the date")
    @ApiResponse(responseCode = "409", description = "The level is not higher than the carrier's; the detail names it")
    ResponseEntity<CarrierView> raiseLevel(
            @PathVariable String id, @Valid @RequestBody CarrierRequests.RaiseRequest request) {
        return created(carriers.raise(id, request.toCommand()));
    }

    @GetMapping("/{id}")
    CarrierView findCarrier(@PathVariable String id) {
        return CarrierView.of(carriers.find(id));
    }

    @GetMapping
    PageView<CarrierView> searchCarriers(
            @RequestParam(required = false) CarrierKind kind,
            @RequestParam(required = false) AccreditationLevel level,
            @RequestParam(required = false) District district,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(carriers.search(kind, level, district, paging.pageable()), CarrierView::of);
    }

    private static ResponseEntity<CarrierView> created(Carrier carrier) {
        return Created.at(CarrierView.of(carrier), CARRIER, carrier.id());
    }
}
