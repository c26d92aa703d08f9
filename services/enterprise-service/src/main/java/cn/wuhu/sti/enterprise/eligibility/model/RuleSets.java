package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The rule sets on record; for a tier on a day, the one in force is the latest that took effect by then. */
public record RuleSets(List<RuleSet> all) {

    public RuleSets {
        all = List.copyOf(all);
    }

    public static RuleSets of(RuleSet... ruleSets) {
        return new RuleSets(List.of(ruleSets));
    }

    public Optional<RuleSet> inForce(Tier tier, LocalDate day) {
        return all.stream()
                .filter(r -> r.tier() == tier && !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
    }

    /** One rule set for each tier that has one in force on {@code day}, lowest tier first. */
    public List<RuleSet> inForceOn(LocalDate day) {
        return Stream.of(Tier.values())
                .map(tier -> inForce(tier, day))
                .flatMap(Optional::stream)
                .toList();
    }
}
