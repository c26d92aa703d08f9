package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.enterprise.application.EnterpriseService;
import cn.wuhu.sti.enterprise.model.ClearZeroCampaign;
import cn.wuhu.sti.enterprise.model.Pool;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.AnnualReportView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.CampaignView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.DesignationView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.EnterpriseView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.PoolMovesView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.PoolSummary;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.PooledFirmView;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.RecognitionCreated;
import cn.wuhu.sti.enterprise.web.EnterpriseViews.RevocationCreated;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
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

    @PostMapping("/{uscc}/recognitions/{certificateNo}/revocation")
    @ApiResponse(responseCode = "201", description = "Revoked from the date on; Location names the recognition")
    @ApiResponse(responseCode = "404", description = "No firm with this USCC, or no such certificate")
    @ApiResponse(responseCode = "409", description = "Already revoked, or run out before the date")
    ResponseEntity<RevocationCreated> revoke(
            @PathVariable String uscc,
            @PathVariable String certificateNo,
            @Valid @RequestBody EnterpriseRequests.RevokeRequest request) {
        var event = enterprises.revoke(uscc, request.toCommand(certificateNo));
        return Created.at(
                RevocationCreated.of(event),
                "/api/enterprises/{uscc}/recognitions/{certificateNo}",
                uscc,
                event.certificateNo());
    }

    @PostMapping("/{uscc}/designations")
    @ApiResponse(responseCode = "201", description = "Designated; Location names the designation")
    @ApiResponse(responseCode = "404", description = "No firm with this USCC")
    @ApiResponse(responseCode = "409", description = "Already so designated, or listing reserve for a listed firm")
    ResponseEntity<DesignationView> designate(
            @PathVariable String uscc, @Valid @RequestBody EnterpriseRequests.DesignateRequest request) {
        enterprises.designate(uscc, request.toCommand());
        return Created.at(
                designation(uscc, request.kind()), "/api/enterprises/{uscc}/designations/{kind}", uscc, request.kind());
    }

    @GetMapping("/{uscc}/designations/{kind}")
    DesignationView designation(@PathVariable String uscc, @PathVariable Designation kind) {
        var firm = enterprises.find(uscc);
        return firm.designations().stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .map(d -> DesignationView.of(firm, d, enterprises.today()))
                .orElseThrow(() -> new NotFound(uscc + " is not designated " + kind));
    }

    /** 三库联动: the firms in at least {@code atLeast} of the three pools on {@code on} (default today). */
    @GetMapping("/pools")
    PageView<PooledFirmView> pooled(
            @RequestParam(defaultValue = "2") @Min(1) @Max(3) int atLeast,
            @RequestParam(required = false) Pool pool,
            @RequestParam(required = false) LocalDate on,
            @Valid @ParameterObject PageQuery paging) {
        var day = on == null ? enterprises.today() : on;
        return PageView.of(
                enterprises.pooled(day, atLeast, Optional.ofNullable(pool)).stream()
                        .map(PooledFirmView::of)
                        .toList(),
                paging.pageable());
    }

    @GetMapping("/pools/summary")
    PoolSummary poolSummary(@RequestParam(required = false) LocalDate on) {
        var day = on == null ? enterprises.today() : on;
        return PoolSummary.of(day, enterprises.pooled(day, 1, Optional.empty()));
    }

    /** 专升高 and 高升专 in the year. */
    @GetMapping("/pools/moves")
    PoolMovesView moves(@RequestParam @Min(1990) @Max(2100) int year) {
        return PoolMovesView.of(year, enterprises.movesIn(year));
    }

    /** 两清零: the campaign's firms by their reports up to the year, filtered by gap and status. */
    @GetMapping("/rd-zero")
    CampaignView clearZeroCampaign(
            @RequestParam @Min(1990) @Max(2100) int year,
            @RequestParam(required = false) ClearZeroCampaign.Gap gap,
            @RequestParam(required = false) @Pattern(regexp = "REMAINING|CLEARED") String status,
            @Valid @ParameterObject PageQuery paging) {
        var campaign = enterprises.clearZeroCampaign(year);
        var shown = campaign.stream()
                .filter(entry -> entry.standings().stream()
                        .anyMatch(s -> (gap == null || s.gap() == gap)
                                && (status == null || status.equals("CLEARED") == s.cleared())))
                .map(CampaignView::firm)
                .toList();
        return CampaignView.of(year, campaign, PageView.of(shown, paging.pageable()));
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
