package cn.wuhu.sti.reporting.enterprise.readmodel;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.enterprise.model.CountedFirm;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicator;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicatorCalculator;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.indicator.CountedFact;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The enterprise indicators of one year in the city or one district, kept up to date firm by firm: each code holds
 * the facts of every firm it counts, by USCC, so a change of one firm replaces that firm's facts and nothing else,
 * and the facts come out in the contract's order (by firm, then by business date) without sorting. The same as
 * {@link EnterpriseIndicatorCalculator#count} over the firms applied, in their latest state. Not thread-safe.
 *
 * <p>A code's answer is kept as an array of its facts until one of its firms changes. The next answer then copies
 * that array around the changed firms' facts, found by binary search on the USCC, instead of walking every firm
 * again: at 100,000 firms a walk of the tree costs tens of milliseconds while it runs too rarely for the JIT to
 * compile it, a copy of the array well under one.
 */
final class EnterpriseTally {

    /** Beyond so many changed firms in one code, its facts are collected again from every firm instead. */
    private static final int PATCHED_FIRMS = 1024;

    private final int year;
    private final Optional<District> district;
    private final Map<EnterpriseIndicator, Code> codes = new EnumMap<>(EnterpriseIndicator.class);

    EnterpriseTally(int year, Optional<District> district) {
        this.year = year;
        this.district = district;
        for (EnterpriseIndicator code : EnterpriseIndicator.values()) {
            codes.put(code, new Code(code));
        }
    }

    /** The tally over these firms, from one pass over them. */
    static EnterpriseTally over(
            int year, Optional<District> district, Collection<Firm> firms, EnterpriseIndicatorCalculator calculator) {
        EnterpriseTally tally = new EnterpriseTally(year, district);
        for (Firm firm : firms) {
            tally.update(firm, factsOf(firm, year, calculator));
        }
        return tally;
    }

    /**
     * The facts the firm adds to each code of the year, computed once and shared by the city's tally and its
     * district's: a code the firm does not count in is absent.
     */
    static Map<EnterpriseIndicator, List<CountedFact>> factsOf(
            Firm firm, int year, EnterpriseIndicatorCalculator calculator) {
        Map<EnterpriseIndicator, List<CountedFact>> facts = new EnumMap<>(EnterpriseIndicator.class);
        calculator
                .countedOf(firm, year)
                .forEach((code, counted) ->
                        facts.put(code, counted.stream().map(CountedFirm::fact).toList()));
        return facts;
    }

    int year() {
        return year;
    }

    /**
     * Replaces what the firm counted with what it counts now, given as its facts of this tally's year
     * ({@link #factsOf}); applying the same state twice changes nothing. A district's tally forgets a firm that moved
     * to another district.
     */
    void update(Firm firm, Map<EnterpriseIndicator, List<CountedFact>> facts) {
        boolean counted = district.isEmpty() || firm.district() == district.get();
        codes.forEach((code, tally) -> tally.replace(firm.uscc(), counted ? facts.get(code) : null));
    }

    /** Every code in the order of {@link EnterpriseIndicator}, its value the number of its facts. */
    List<Measured> measured() {
        return codes.values().stream().map(Code::measured).toList();
    }

    /** One code's facts by firm, and its last answer with the firms changed since. */
    private static final class Code {

        private final EnterpriseIndicator code;
        private final TreeMap<String, List<CountedFact>> byFirm = new TreeMap<>();
        private int size;
        private CountedFact[] answered;
        private Measured measured;
        private final TreeSet<String> changed = new TreeSet<>();

        Code(EnterpriseIndicator code) {
            this.code = code;
        }

        /** The firm's facts for this code, none when {@code facts} is null or empty. */
        void replace(String uscc, List<CountedFact> facts) {
            List<CountedFact> old = facts == null || facts.isEmpty() ? byFirm.remove(uscc) : byFirm.put(uscc, facts);
            if (old == null && (facts == null || facts.isEmpty()) || Objects.equals(old, facts)) {
                return;
            }
            size += (facts == null ? 0 : facts.size()) - (old == null ? 0 : old.size());
            measured = null;
            if (answered != null && changed.size() < PATCHED_FIRMS) {
                changed.add(uscc);
            } else {
                answered = null;
                changed.clear();
            }
        }

        Measured measured() {
            if (measured == null) {
                answered = answered == null ? collected() : patched();
                changed.clear();
                measured = new Measured(code.of(BigDecimal.valueOf(size)), Arrays.asList(answered));
            }
            return measured;
        }

        private CountedFact[] collected() {
            CountedFact[] facts = new CountedFact[size];
            int at = 0;
            for (List<CountedFact> ofFirm : byFirm.values()) {
                for (CountedFact fact : ofFirm) {
                    facts[at++] = fact;
                }
            }
            return facts;
        }

        /**
         * The last answer with the changed firms' facts cut out and their current ones put in. A fact's subject is its
         * firm's USCC, so a firm's facts lie together in the last answer, where the USCC sorts.
         */
        private CountedFact[] patched() {
            CountedFact[] facts = new CountedFact[size];
            int from = 0;
            int at = 0;
            for (String uscc : changed) {
                int firmStart = firstAtOrAfter(uscc, from);
                System.arraycopy(answered, from, facts, at, firmStart - from);
                at += firmStart - from;
                from = firmStart;
                while (from < answered.length && answered[from].subject().equals(uscc)) {
                    from++;
                }
                for (CountedFact fact : byFirm.getOrDefault(uscc, List.of())) {
                    facts[at++] = fact;
                }
            }
            System.arraycopy(answered, from, facts, at, answered.length - from);
            return facts;
        }

        /** The index of the first fact of the last answer, from {@code from} on, whose firm is not before USCC. */
        private int firstAtOrAfter(String uscc, int from) {
            int low = from;
            int high = answered.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (answered[middle].subject().compareTo(uscc) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
