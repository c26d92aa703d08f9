package cn.wuhu.sti.reporting.indicator;

import java.util.List;

/**
 * A value with the facts behind it: for a count one fact per counted item, for a sum one per amount added, for a
 * ratio the facts both its parts were computed from.
 */
public record Measured(Indicator indicator, List<CountedFact> facts) {

    public Measured {
        facts = List.copyOf(facts);
    }

    public static Measured withoutFacts(Indicator indicator) {
        return new Measured(indicator, List.of());
    }
}
