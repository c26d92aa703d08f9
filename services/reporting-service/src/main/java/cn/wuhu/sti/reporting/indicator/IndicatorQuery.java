package cn.wuhu.sti.reporting.indicator;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.rebuild.ReadModelVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Answers every question about the indicators from the context sources: a year's figures against their targets, one
 * code ranked over the districts (比创新), one code across years with its year-on-year change.
 */
@Service
public class IndicatorQuery {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The industry key of facts that name none. */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private static final String UNSPECIFIED_NAME = "未注明产业";

    private static final int CACHED_ANSWERS = 512;

    private final List<IndicatorSource> sources;
    private final IndicatorTargets targets;
    private final IndicatorPublications publications;
    private final ReadModelVersion version;
    private final Map<Key, Computed> computed = new ConcurrentHashMap<>();

    IndicatorQuery(
            List<IndicatorSource> sources,
            IndicatorTargets targets,
            IndicatorPublications publications,
            ReadModelVersion version) {
        this.sources = sources;
        this.targets = targets;
        this.publications = publications;
        this.version = version;
    }

    /**
     * Every indicator of the year, in the contract's order. The city's figures carry their target and progress when
     * one was set, and, once the year is published, the published value and whether it has been restated since.
     */
    public List<Indicator> of(int year, Optional<District> district) {
        List<Indicator> computed = computed(year, district);
        if (district.isPresent()) {
            return computed;
        }
        Map<String, BigDecimal> targeted = targets.of(year).orElse(Map.of());
        Map<String, BigDecimal> published = publications
                .of(year)
                .map(IndicatorPublications.Publication::values)
                .orElse(Map.of());
        return computed.stream()
                .map(i -> Optional.ofNullable(targeted.get(i.code()))
                        .map(i::against)
                        .orElse(i))
                .map(i -> Optional.ofNullable(published.get(i.code()))
                        .map(i::publishedAs)
                        .orElse(i))
                .toList();
    }

    public Optional<Indicator> of(String code, int year, Optional<District> district) {
        return of(year, district).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The value of a code with the facts behind it; empty when the code has no figure for the district. */
    public Optional<Measured> measured(String code, int year, Optional<District> district) {
        return measuredAll(year, district).stream()
                .filter(m -> m.indicator().code().equals(code))
                .findFirst();
    }

    /**
     * The code's city-wide value split by the industry of the facts behind it, highest first; facts that name no
     * industry fall under {@code UNSPECIFIED}. A count splits into the number of its facts per industry, a sum into
     * their amounts; empty for a ratio or a value without listed facts, which do not split this way.
     */
    public List<Row> byIndustry(String code, int year) {
        var measured = measured(code, year, Optional.empty()).orElseThrow();
        if (measured.indicator().unit().equals(Indicator.PERCENT)
                || measured.facts().isEmpty() && measured.indicator().value().signum() != 0) {
            return List.of();
        }
        boolean sum = !measured.facts().isEmpty() && measured.facts().stream().allMatch(f -> f.amount() != null);
        Map<Optional<Industry>, BigDecimal> byIndustry = new java.util.LinkedHashMap<>();
        for (var fact : measured.facts()) {
            byIndustry.merge(
                    Optional.ofNullable(fact.industry()), sum ? fact.amount() : BigDecimal.ONE, BigDecimal::add);
        }
        List<Row> rows = new ArrayList<>();
        byIndustry.forEach((industry, value) -> rows.add(industry.map(i -> new Row(i.name(), i.chineseName(), value))
                .orElseGet(() -> new Row(UNSPECIFIED, UNSPECIFIED_NAME, value))));
        rows.sort(Comparator.comparing(Row::value).reversed().thenComparing(Row::key));
        return rows;
    }

    /** Every code the sources answer, in their order. */
    public List<IndicatorCode.Definition> codes() {
        return sources.stream()
                .flatMap(source -> source.codes().stream())
                .map(IndicatorCode::definition)
                .toList();
    }

    /**
     * The code's value in each district, highest first (ties by district order); empty when the code counts only
     * city-wide facts and so has no district figures.
     */
    public List<Row> byDistrict(String code, int year) {
        List<Row> rows = new ArrayList<>();
        for (District district : District.values()) {
            computed(year, Optional.of(district)).stream()
                    .filter(i -> i.code().equals(code))
                    .findFirst()
                    .ifPresent(i -> rows.add(new Row(district.name(), district.chineseName(), i.value())));
        }
        rows.sort(Comparator.comparing(Row::value).reversed());
        return rows;
    }

    /** The code's city-wide value in each year from {@code from} to {@code to}, with the change on the year before. */
    public List<Point> series(String code, int from, int to) {
        List<Point> points = new ArrayList<>();
        BigDecimal previous = from > 1 ? valueOf(code, from - 1) : null;
        for (int year = from; year <= to; year++) {
            BigDecimal value = valueOf(code, year);
            points.add(Point.of(year, value, previous));
            previous = value;
        }
        return points;
    }

    private BigDecimal valueOf(String code, int year) {
        return computed(year, Optional.empty()).stream()
                .filter(i -> i.code().equals(code))
                .map(Indicator::value)
                .findFirst()
                .orElse(null);
    }

    private List<Indicator> computed(int year, Optional<District> district) {
        return measuredAll(year, district).stream().map(Measured::indicator).toList();
    }

    /**
     * Every value of the year with its facts, computed once per change of the read models: an answer is kept until
     * {@link ReadModelVersion} moves, so repeated reads of a settled year do not go through every firm again. The
     * version is read before computing, so an event applied meanwhile makes the next read compute afresh.
     */
    private List<Measured> measuredAll(int year, Optional<District> district) {
        long current = version.current();
        Key key = new Key(year, district);
        Computed kept = computed.get(key);
        if (kept != null && kept.version() == current) {
            return kept.measured();
        }
        List<Measured> fresh = sources.stream()
                .flatMap(source -> source.measure(year, district).stream())
                .toList();
        if (computed.size() >= CACHED_ANSWERS) {
            computed.clear();
        }
        computed.put(key, new Computed(current, fresh));
        return fresh;
    }

    private record Key(int year, Optional<District> district) {}

    private record Computed(long version, List<Measured> measured) {}

    /** One district's (or, later, one industry's) value of a code. */
    /** One line of a breakdown: the district's or industry's code, its Chinese name and the value. */
    public record Row(String key, String name, BigDecimal value) {}

    /**
     * A year's value; {@code change} = value − the year before's, {@code yoy} = that change in percent of the year
     * before's (two decimals; absent when the year before had no value or zero).
     */
    public record Point(int year, BigDecimal value, BigDecimal change, BigDecimal yoy) {

        static Point of(int year, BigDecimal value, BigDecimal previous) {
            if (value == null || previous == null) {
                return new Point(year, value, null, null);
            }
            BigDecimal change = value.subtract(previous);
            BigDecimal yoy =
                    previous.signum() == 0 ? null : change.multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP);
            return new Point(year, value, change, yoy);
        }
    }
}
