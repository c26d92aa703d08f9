package cn.wuhu.sti.reporting.statistics;

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

/**
 * The statistics that no service owns (统计数据): GDP, total R&amp;D expenditure and fiscal S&amp;T spending of a
 * year, as the statistics bureau reports them; a later report of the year supersedes the earlier.
 */
@RestController
@Validated
@RequestMapping("/api/reports/statistics")
class StatisticsController {

    private static final String YEAR = "/api/reports/statistics/{year}";

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @PostMapping
    @ApiResponse(
            responseCode = "201",
            description = "Recorded as the year's next revision and published; Location names the year's statistics")
    ResponseEntity<StatisticsView> reportStatistics(@Valid @RequestBody StatisticsRequest request) {
        var reported = statistics.report(request.toCommand());
        return Created.at(StatisticsView.of(reported), YEAR, reported.year());
    }

    @GetMapping("/{year}")
    StatisticsView findStatistics(@PathVariable int year) {
        return StatisticsView.of(statistics.find(year));
    }

    @GetMapping
    PageView<StatisticsView> listStatistics(@Valid @ParameterObject PageQuery paging) {
        return PageView.of(statistics.list(paging.pageable()), StatisticsView::of);
    }
}
