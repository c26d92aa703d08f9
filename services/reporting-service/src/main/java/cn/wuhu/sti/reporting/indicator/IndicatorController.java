package cn.wuhu.sti.reporting.indicator;

import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator queries of the contract: a year's figures, one code by district or across years, targets. */
@RestController
class IndicatorController {

    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;
    private static final int LONGEST_SERIES = 50;

    private final IndicatorQuery query;
    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final IndicatorPublications publications;
    private final Clock clock;

    IndicatorController(
            IndicatorQuery query,
            IndicatorCatalogue catalogue,
            IndicatorTargets targets,
            IndicatorPublications publications,
            Clock clock) {
        this.query = query;
        this.catalogue = catalogue;
        this.targets = targets;
        this.publications = publications;
        this.clock = clock;
    }

    // Parameters arrive as text so a missing or malformed one gets the contract's 400 naming it.
    @GetMapping("/api/reports/indicators")
    IndicatorReport indicators(
            @RequestParam(required = false) String year, @RequestParam(required = false) String district) {
        int validYear = parseYear("year", year);
        Optional<District> validDistrict = parseDistrict(district);
        return new IndicatorReport(
                validYear,
                validDistrict.map(District::name).orElse(null),
                OffsetDateTime.now(clock),
                query.of(validYear, validDistrict));
    }

    /** One code of a year, the whole city or one district; {@code by=district} ranks the districts (比创新). */
    @GetMapping("/api/reports/indicators/{code}")
    Object indicator(
            @PathVariable String code,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String by) {
        known(code);
        int validYear = parseYear("year", year);
        if (by == null || by.isBlank()) {
            Optional<District> validDistrict = parseDistrict(district);
            return query.of(code, validYear, validDistrict)
                    .orElseThrow(() -> new InvalidFieldException(
                            "district", code + " counts city-wide facts only and has no district figure"));
        }
        var rows = switch (by) {
            case "district" -> query.byDistrict(code, validYear);
            case "industry" -> query.byIndustry(code, validYear);
            default -> throw new InvalidFieldException("by", "must be district or industry");
        };
        if (rows.isEmpty()) {
            throw new InvalidFieldException(
                    "by", code + " has no figures by " + by + " (city-wide facts only, or a ratio)");
        }
        return new Breakdown(code, validYear, by, rows);
    }

    /** The facts behind a value: for a count one per counted item, for a sum one per amount added. */
    @GetMapping("/api/reports/indicators/{code}/facts")
    Facts facts(
            @PathVariable String code,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String district) {
        known(code);
        int validYear = parseYear("year", year);
        Optional<District> validDistrict = parseDistrict(district);
        var measured = query.measured(code, validYear, validDistrict)
                .orElseThrow(() -> new InvalidFieldException(
                        "district", code + " counts city-wide facts only and has no district figure"));
        return new Facts(
                code,
                validYear,
                validDistrict.map(District::name).orElse(null),
                measured.indicator().value(),
                measured.facts());
    }

    @GetMapping("/api/reports/indicators/{code}/series")
    Series series(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        known(code);
        int first = parseYear("from", from);
        int last = parseYear("to", to);
        if (last < first) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (last - first >= LONGEST_SERIES) {
            throw new InvalidFieldException("to", "a series spans at most " + LONGEST_SERIES + " years");
        }
        return new Series(code, query.series(code, first, last));
    }

    /** Freezes the year's city-wide figures; later facts of the year then show as restatements. */
    @PostMapping("/api/reports/years/{year}/publication")
    ResponseEntity<PublicationView> publish(@PathVariable String year) {
        int validYear = parseYear("year", year);
        var publication = publications.publish(validYear, clock.instant(), query.of(validYear, Optional.empty()));
        return Created.at(PublicationView.of(publication), "/api/reports/years/{year}/publication", validYear);
    }

    @GetMapping("/api/reports/years/{year}/publication")
    PublicationView publication(@PathVariable String year) {
        int validYear = parseYear("year", year);
        return publications
                .of(validYear)
                .map(PublicationView::of)
                .orElseThrow(() -> new NotFound("The figures of " + validYear + " have not been published"));
    }

    @GetMapping("/api/reports/catalogue")
    Catalogue catalogue() {
        return new Catalogue(catalogue.entries());
    }

    /** Replaces the year's targets; every code must be one the catalogue knows, every value ≥ 0. */
    @PutMapping("/api/reports/targets/{year}")
    Targets setTargets(@PathVariable String year, @RequestBody TargetsRequest request) {
        int validYear = parseYear("year", year);
        if (request == null || request.targets() == null) {
            throw new InvalidFieldException("targets", "is required, e.g. {\"targets\":{\"talent.teams.landed\":100}}");
        }
        request.targets().forEach((code, value) -> {
            if (!catalogue.knows(code)) {
                throw new InvalidFieldException(
                        "targets." + code, "is no indicator code; GET /api/reports/catalogue lists them");
            }
            if (value == null || value.signum() < 0) {
                throw new InvalidFieldException("targets." + code, "must be a number ≥ 0");
            }
        });
        targets.replace(validYear, request.targets());
        return new Targets(validYear, request.targets());
    }

    @GetMapping("/api/reports/targets/{year}")
    Targets targets(@PathVariable String year) {
        int validYear = parseYear("year", year);
        return new Targets(
                validYear, targets.of(validYear).orElseThrow(() -> new NotFound("No targets set for " + validYear)));
    }

    /** {@code id} is the year; {@code indicators} the published figures. */
    record PublicationView(String id, int year, Instant publishedAt, List<Figure> indicators) {

        record Figure(String code, BigDecimal value) {}

        static PublicationView of(IndicatorPublications.Publication publication) {
            return new PublicationView(
                    Integer.toString(publication.year()),
                    publication.year(),
                    publication.publishedAt(),
                    publication.values().entrySet().stream()
                            .map(e -> new Figure(e.getKey(), e.getValue()))
                            .toList());
        }
    }

    record Breakdown(String code, int year, String by, List<IndicatorQuery.Row> rows) {}

    record Series(String code, List<IndicatorQuery.Point> points) {}

    record Facts(String code, int year, String district, BigDecimal value, List<CountedFact> facts) {}

    record Catalogue(List<IndicatorCatalogue.Entry> indicators) {}

    record TargetsRequest(Map<String, BigDecimal> targets) {}

    record Targets(int year, Map<String, BigDecimal> targets) {}

    private void known(String code) {
        if (!catalogue.knows(code)) {
            throw new NotFound("No indicator " + code + "; GET /api/reports/catalogue lists them");
        }
    }

    private static int parseYear(String field, String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidFieldException(field, "is required, e.g. " + field + "=2023");
        }
        try {
            int parsed = Integer.parseInt(year.trim());
            if (parsed < FIRST_YEAR || parsed > LAST_YEAR) {
                throw new InvalidFieldException(field, "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a year such as 2023, not '" + year + "'");
        }
    }

    private static Optional<District> parseDistrict(String district) {
        if (district == null || district.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(District.fromCode(district.trim())
                .orElseThrow(() -> new InvalidFieldException(
                        "district",
                        "unknown district '" + district + "'; one of " + Arrays.toString(District.values()))));
    }
}
