package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.enterprise.application.EnterpriseService;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.AnnualReportView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.EnterpriseView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.RecognitionCreated;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
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

/** The enterprise tiering API of the public contract. */
@RestController
@Validated
@RequestMapping("/api/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;

    EnterpriseController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Registered; Location names the firm")
    @ApiResponse(responseCode = "409", description = "A firm with this USCC is already registered")
    ResponseEntity<EnterpriseView> register(@Valid @RequestBody EnterpriseRequests.RegisterRequest request) {
        var enterprise = enterprises.register(request.toCommand());
        return Created.at(
                EnterpriseView.of(enterprise, enterprises.today()),
                "/api/enterprises/{uscc}",
                enterprise.uscc().value());
    }

    @PostMapping("/{uscc}/recognitions")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the recognition")
    @ApiResponse(responseCode = "404", description = "No firm with this USCC")
    @ApiResponse(responseCode = "409", description = "This certificate is already recorded for the firm")
    ResponseEntity<RecognitionCreated> recognize(
            @PathVariable String uscc, @Valid @RequestBody EnterpriseRequests.RecognizeRequest request) {
        var event = enterprises.recognize(uscc, request.toCommand());
        return Created.at(
                RecognitionCreated.of(event),
                "/api/enterprises/{uscc}/recognitions/{certificateNo}",
                uscc,
                event.certificateNo());
    }

    @PostMapping("/{uscc}/annual-reports")
    @ApiResponse(responseCode = "201", description = "Filed; supersedes an earlier report of the same year")
    @ApiResponse(responseCode = "404", description = "No firm with this USCC")
    ResponseEntity<AnnualReportView> fileAnnualReport(
            @PathVariable String uscc, @Valid @RequestBody EnterpriseRequests.FileAnnualReportRequest request) {
        var event = enterprises.fileAnnualReport(uscc, request.toCommand());
        return Created.at(
                AnnualReportView.of(event), "/api/enterprises/{uscc}/annual-reports/{year}", uscc, event.year());
    }

    @GetMapping("/{uscc}")
    EnterpriseView find(@PathVariable String uscc) {
        return EnterpriseView.of(enterprises.find(uscc), enterprises.today());
    }

    @GetMapping("/{uscc}/recognitions/{certificateNo}")
    EnterpriseViews.RecognitionView recognition(@PathVariable String uscc, @PathVariable String certificateNo) {
        var enterprise = enterprises.find(uscc);
        return enterprise.recognitions().stream()
                .filter(r -> r.certificateNo().equals(certificateNo))
                .findFirst()
                .map(r -> EnterpriseViews.RecognitionView.of(r, enterprises.today()))
                .orElseThrow(() -> new NotFound("No recognition " + certificateNo + " for " + uscc));
    }

    @GetMapping("/{uscc}/annual-reports/{year}")
    AnnualReportView annualReport(@PathVariable String uscc, @PathVariable int year) {
        var enterprise = enterprises.find(uscc);
        return enterprise
                .latestReportFor(year)
                .map(report -> AnnualReportView.of(uscc, report))
                .orElseThrow(() -> new NotFound("No annual report of " + year + " for " + uscc));
    }

    @GetMapping
    PageView<EnterpriseView> search(
            @RequestParam(required = false) Tier tier,
            @RequestParam(required = false) District district,
            @Valid @ParameterObject PageQuery paging) {
        var today = enterprises.today();
        var found = enterprises.search(tier, district, paging.pageable());
        return PageView.of(found.map(e -> EnterpriseView.of(e, today)));
    }
}
