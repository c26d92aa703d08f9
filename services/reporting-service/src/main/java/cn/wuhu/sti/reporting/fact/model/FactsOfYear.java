package cn.wuhu.sti.reporting.fact.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.CountedFact;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import cn.wuhu.sti.reporting.indicator.Measured;
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
 *
 * <p>Each value lists the facts behind it ({@link Figure}): a count one per counted fact, a sum one per summand with
 * its amount, so the list's length is the count and its amounts add up to the sum, exactly. Under a district filter a
 * listed fact names that district, the one it counts in.
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

    /** A count, of one listed fact per counted fact. */
    public Figure count(Collection<? extends Fact> facts) {
        return new Figure(
                BigDecimal.valueOf(facts.size()),
                facts.stream().map(fact -> listed(fact, null)).toList());
    }

    /** A sum, exact to the last decimal (BigDecimal addition never rounds), of one listed fact per summand. */
    public <F extends Fact> Figure sum(Collection<F> facts, Function<F, BigDecimal> amount) {
        List<CountedFact> summands =
                facts.stream().map(fact -> listed(fact, amount.apply(fact))).toList();
        return new Figure(
                summands.stream().map(CountedFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add), summands);
    }

    /** A value computed otherwise from {@code facts} (a ratio of their sums): they are listed without amounts. */
    public Figure computedFrom(BigDecimal value, Collection<? extends Fact> facts) {
        return new Figure(value, facts.stream().map(fact -> listed(fact, null)).toList());
    }

    /** The codes in their order, each measured; a district's report leaves out the city-wide ones. */
    public <C extends IndicatorCode> List<Measured> answer(C[] codes, Function<C, Figure> figure) {
        return Arrays.stream(codes)
                .filter(code -> district.isEmpty() || !code.cityWideOnly())
                .map(code -> {
                    Figure measured = figure.apply(code);
                    return new Measured(code.of(measured.value()), measured.facts());
                })
                .toList();
    }

    private CountedFact listed(Fact fact, BigDecimal amount) {
        return new CountedFact(
                fact.source().id(),
                fact.source().type(),
                fact.subject(),
                fact.date(),
                district.or(fact::place).orElse(null),
                fact.industry().orElse(null),
                amount);
    }

    /** A value with the facts behind it, before its code names it. */
    public record Figure(BigDecimal value, List<CountedFact> facts) {}
}
