package cn.wuhu.sti.reporting.indicator;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.web.InvalidFieldException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorController {

    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;

    private final List<IndicatorSource> sources;
    private final Clock clock;

    IndicatorController(List<IndicatorSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    // Parameters arrive as text so a missing or malformed one gets the contract's 400 naming it.
    @GetMapping("/api/reports/indicators")
    IndicatorReport indicators(
            @RequestParam(required = false) String year, @RequestParam(required = false) String district) {
        int validYear = parseYear(year);
        Optional<District> validDistrict = parseDistrict(district);
        List<Indicator> indicators = sources.stream()
                .flatMap(source -> source.indicatorsFor(validYear, validDistrict).stream())
                .toList();
        return new IndicatorReport(
                validYear, validDistrict.map(District::name).orElse(null), OffsetDateTime.now(clock), indicators);
    }

    private static int parseYear(String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidFieldException("year", "is required, e.g. year=2023");
        }
        try {
            int parsed = Integer.parseInt(year.trim());
            if (parsed < FIRST_YEAR || parsed > LAST_YEAR) {
                throw new InvalidFieldException("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("year", "must be a year such as 2023, not '" + year + "'");
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
