package cn.wuhu.sti.reporting.fact.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts an indicator of a year counts: those dated in the year and, under a district filter, those that name the
 * district. Indicators whose facts name no district are left out of a district's report.
 */
public final class FactsOfYear {

    private final Optional<District> district;
    private final List<Fact> facts;

    private FactsOfYear(Optional<District> district, List<Fact> facts) {
        this.district = district;
        this.facts = facts;
    }

    public static FactsOfYear of(int year, Optional<District> district, Collection<? extends Fact> facts) {
        return new FactsOfYear(
                district,
                facts.stream()
                        .filter(f -> f.date().getYear() == year)
                        .filter(f -> district.isEmpty() || f.place().equals(district))
                        .map(Fact.class::cast)
                        .toList());
    }

    public <F extends Fact> List<F> all(Class<F> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
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
