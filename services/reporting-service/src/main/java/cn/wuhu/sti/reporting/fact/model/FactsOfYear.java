package cn.wuhu.sti.reporting.fact.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts an indicator of a year counts: those dated in the year and, under a district filter, those that count in
 * the district ({@link Fact#countsIn}). Indicators whose facts name no district are left out of a district's report.
 * An indicator of what stands at year end (parks in use on 31 December) counts the facts dated up to that day
 * ({@link #upToYearEnd}), when it was given them (see {@code FactReadModel#factsUpToEndOf}).
 */
public final class FactsOfYear {

    private final Optional<District> district;
    private final LocalDate yearEnd;
    private final List<Fact> upToYearEnd;

    private FactsOfYear(Optional<District> district, LocalDate yearEnd, List<Fact> upToYearEnd) {
        this.district = district;
        this.yearEnd = yearEnd;
        this.upToYearEnd = upToYearEnd;
    }

    /** {@code facts} may hold facts of earlier (and later) years: {@link #all} counts only the year's. */
    public static FactsOfYear of(int year, Optional<District> district, Collection<? extends Fact> facts) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return new FactsOfYear(
                district,
                yearEnd,
                facts.stream()
                        .filter(f -> !f.date().isAfter(yearEnd))
                        .filter(f -> district.isEmpty() || f.countsIn(district.get()))
                        .map(Fact.class::cast)
                        .toList());
    }

    /** The facts of the kind dated in the year. */
    public <F extends Fact> List<F> all(Class<F> kind) {
        return upToYearEnd(kind).stream()
                .filter(f -> f.date().getYear() == yearEnd.getYear())
                .toList();
    }

    /** The facts of the kind dated on or before 31 December of the year: what stands at year end. */
    public <F extends Fact> List<F> upToYearEnd(Class<F> kind) {
        return upToYearEnd.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public LocalDate yearEnd() {
        return yearEnd;
    }

    public static BigDecimal count(Collection<?> facts) {
        return BigDecimal.valueOf(facts.size());
    }

    /** Exact to the last decimal: BigDecimal addition never rounds. */
    public static <F> BigDecimal sum(Collection<F> facts, Function<F, BigDecimal> amount) {
        return facts.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The codes in their order, valued; a district's report leaves out the city-wide ones. */
    public <C extends IndicatorCode> List<Indicator> answer(C[] codes, Function<C, BigDecimal> value) {
        return Arrays.stream(codes)
                .filter(code -> district.isEmpty() || !code.cityWideOnly())
                .map(code -> code.of(value.apply(code)))
                .toList();
    }
}
