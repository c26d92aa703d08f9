package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The criteria (认定条件) a firm's annual report must meet for a tier, from {@code effectiveFrom} until a rule set
 * of the same tier with a later date takes over. Immutable: new rules are a new rule set, never an edit, so a year is
 * always judged by the rules that were in force at its end.
 */
public final class RuleSet {

    private static final int LONGEST_TITLE = 200;
    private static final int LONGEST_CODE = 64;
    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    /** A rule set as a caller describes it; {@code title} may be left out. */
    public record Definition(Tier tier, LocalDate effectiveFrom, String title, List<Criterion> criteria) {}

    private final Tier tier;
    private final LocalDate effectiveFrom;
    private final String title;
    private final List<Criterion> criteria;

    private RuleSet(Definition definition) {
        this.tier = Require.present("tier", definition.tier());
        this.effectiveFrom = Require.present("effectiveFrom", definition.effectiveFrom());
        this.title =
                Require.optionalText("title", definition.title(), LONGEST_TITLE).orElse(null);
        this.criteria = checked(definition.criteria());
    }

    /**
     * A new rule set. It may take effect from 1 January of the current year on: years that have ended keep the rules
     * they were judged by.
     */
    public static RuleSet define(Definition definition, LocalDate today) {
        Require.present("tier", definition.tier());
        LocalDate effectiveFrom = Require.present("effectiveFrom", definition.effectiveFrom());
        if (effectiveFrom.getYear() < today.getYear()) {
            throw new RuleViolation(
                    "effectiveFrom",
                    "must be " + LocalDate.of(today.getYear(), 1, 1)
                            + " or later: years that have ended keep the rules they were judged by");
        }
        return new RuleSet(definition);
    }

    /** A rule set already on record, or one that was in force before the platform knew of it. */
    public static RuleSet recorded(Definition definition) {
        return new RuleSet(definition);
    }

    public static String idOf(Tier tier, LocalDate effectiveFrom) {
        return tier.name() + "-" + effectiveFrom;
    }

    public Evaluation judge(AnnualReport report) {
        return new Evaluation(criteria.stream().map(c -> c.judge(report)).toList());
    }

    public String id() {
        return idOf(tier, effectiveFrom);
    }

    public Tier tier() {
        return tier;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    private static List<Criterion> checked(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new RuleViolation("criteria", "must not be empty");
        }
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            String field = "criteria[" + i + "]";
            Criterion criterion = Require.present(field, criteria.get(i));
            String code = Require.text(field + ".code", criterion.code(), LONGEST_CODE);
            Integer first = codes.putIfAbsent(code, i);
            if (first != null) {
                throw new RuleViolation(field + ".code", "repeats the code of criteria[" + first + "]: " + code);
            }
            Measure measure = Require.present(field + ".measure", criterion.measure());
            checkThreshold(field, criterion, measure);
        }
        return criteria.stream()
                .map(c -> new Criterion(c.code().strip(), c.measure(), c.minimum(), c.bands()))
                .toList();
    }

    private static void checkThreshold(String field, Criterion criterion, Measure measure) {
        boolean hasBands = !criterion.bands().isEmpty();
        if (criterion.minimum() != null && hasBands) {
            throw new RuleViolation(field + ".bands", "must be left out when the criterion has a minimum");
        }
        if (criterion.minimum() == null && !hasBands) {
            throw new RuleViolation(field + ".minimum", "is required when the criterion has no bands");
        }
        if (!hasBands) {
            checkMinimum(field + ".minimum", criterion.minimum(), measure);
            return;
        }
        List<Band> bands = criterion.bands();
        for (int j = 0; j < bands.size(); j++) {
            checkBand(field + ".bands[" + j + "]", bands, j, measure);
        }
    }

    /**
     * Bands run upward from zero revenue without gap or overlap: the first has no {@code revenueOver}, each next one
     * starts where the one before ends, the last has no {@code revenueUpTo}.
     */
    private static void checkBand(String field, List<Band> bands, int j, Measure measure) {
        Band band = Require.present(field, bands.get(j));
        checkMinimum(field + ".minimum", band.minimum(), measure);
        notNegative(field + ".revenueOver", band.revenueOver());
        notNegative(field + ".revenueUpTo", band.revenueUpTo());
        boolean first = j == 0;
        boolean last = j == bands.size() - 1;
        if (first && band.revenueOver() != null) {
            throw new RuleViolation(field + ".revenueOver", "must be left out: the first band starts at zero revenue");
        }
        if (!first) {
            BigDecimal previousEnd = bands.get(j - 1).revenueUpTo();
            if (band.revenueOver() == null) {
                throw new RuleViolation(
                        field + ".revenueOver", "is required: only the first band starts at zero revenue");
            }
            int against = band.revenueOver().compareTo(previousEnd);
            if (against != 0) {
                throw new RuleViolation(
                        field + ".revenueOver",
                        (against < 0
                                        ? "overlaps the band before or is out of order"
                                        : "leaves a gap after the band before")
                                + ": it must be " + previousEnd.toPlainString() + ", where the band before ends");
            }
        }
        if (last && band.revenueUpTo() != null) {
            throw new RuleViolation(field + ".revenueUpTo", "must be left out: the last band has no upper limit");
        }
        if (!last && band.revenueUpTo() == null) {
            throw new RuleViolation(field + ".revenueUpTo", "is required: only the last band has no upper limit");
        }
        if (band.revenueOver() != null
                && band.revenueUpTo() != null
                && band.revenueUpTo().compareTo(band.revenueOver()) <= 0) {
            throw new RuleViolation(field + ".revenueUpTo", "must be greater than revenueOver");
        }
    }

    private static void checkMinimum(String field, BigDecimal minimum, Measure measure) {
        Require.present(field, minimum);
        notNegative(field, minimum);
        if (measure.isShare() && minimum.compareTo(WHOLE) > 0) {
            throw new RuleViolation(field, "must be at most 100: " + measure + " is a percentage");
        }
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new RuleViolation(field, "must not be negative");
        }
    }
}
