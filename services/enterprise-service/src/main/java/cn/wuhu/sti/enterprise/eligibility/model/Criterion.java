package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.enterprise.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One condition of a rule set: {@code measure} must reach a fixed {@code minimum}, or the minimum of the band the
 * report's revenue falls in. Exactly one of the two is given; {@link RuleSet} checks that, naming the field.
 */
public record Criterion(String code, Measure measure, BigDecimal minimum, List<Band> bands) {

    public Criterion {
        bands = bands == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(bands));
    }

    public static Criterion atLeast(String code, Measure measure, BigDecimal minimum) {
        return new Criterion(code, measure, minimum, List.of());
    }

    public static Criterion banded(String code, Measure measure, List<Band> bands) {
        return new Criterion(code, measure, null, bands);
    }

    public boolean isBanded() {
        return minimum == null;
    }

    /** The bands of a rule set cover every revenue from zero up, so one of them always applies. */
    BigDecimal minimumFor(BigDecimal revenue) {
        if (!isBanded()) {
            return minimum;
        }
        return bands.stream()
                .filter(band -> band.covers(revenue))
                .findFirst()
                .map(Band::minimum)
                .orElseThrow(() -> new IllegalStateException("No band of " + code + " covers revenue " + revenue));
    }

    Judgement judge(AnnualReport report) {
        BigDecimal required = minimumFor(report.revenue());
        Quantity actual = measure.of(report);
        return new Judgement(
                code,
                measure,
                required,
                actual.shown(),
                actual.reaches(required),
                actual.shortfallTo(required),
                actual.relativeShortfallTo(required));
    }
}
