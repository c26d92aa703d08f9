package cn.wuhu.sti.reporting.enterprise.readmodel;

import static cn.wuhu.sti.reporting.enterprise.model.FirmMother.aFirm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseCount;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicatorCalculator;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.enterprise.model.FirmMother;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A tally updated firm by firm must answer exactly what the calculator counts over the firms in their final state:
 * the same values, the same facts, in the same order, in the city and in a district.
 */
class EnterpriseTallyTest {

    private static final int YEAR = 2023;
    private static final Optional<District> CITY = Optional.empty();
    private static final Optional<District> JINGHU = Optional.of(District.JINGHU);

    private final EnterpriseIndicatorCalculator calculator = new EnterpriseIndicatorCalculator();

    @Test
    void randomChangesAppliedOneFirmAtATimeGiveWhatTheCalculatorCountsOverTheFinalFirms() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Map<String, FirmMother> builders = new LinkedHashMap<>();
            Map<String, Firm> current = new LinkedHashMap<>();
            for (int i = 0; i < 40; i++) {
                String uscc = String.format("91340200TALLY%05d", random.nextInt(100_000));
                FirmMother builder = aFirm(uscc).inDistrict(randomDistrict(random));
                addFacts(builder, random, 1 + random.nextInt(4));
                builders.put(uscc, builder);
                current.put(uscc, builder.build());
            }
            List<EnterpriseTally> tallies = new ArrayList<>();
            for (int year = YEAR - 1; year <= YEAR + 1; year++) {
                for (Optional<District> district : List.of(CITY, JINGHU, Optional.of(District.WUWEI))) {
                    tallies.add(EnterpriseTally.over(year, district, current.values(), calculator));
                }
            }

            for (int step = 1; step <= 200; step++) {
                List<String> usccs = new ArrayList<>(builders.keySet());
                String uscc = usccs.get(random.nextInt(usccs.size()));
                switch (random.nextInt(4)) {
                    case 0 -> builders.get(uscc).inDistrict(randomDistrict(random));
                    case 1 -> {} // applied again unchanged
                    case 2 -> {
                        uscc = String.format("91340200TALLY%05d", random.nextInt(100_000));
                        builders.putIfAbsent(uscc, aFirm(uscc).inDistrict(randomDistrict(random)));
                        addFacts(builders.get(uscc), random, 1);
                    }
                    default -> addFacts(builders.get(uscc), random, 1);
                }
                Firm firm = builders.get(uscc).build();
                current.put(uscc, firm);
                apply(tallies, firm);
                if (step % 20 == 0) {
                    assertSameAsCounted(tallies, current, seed);
                }
            }
        }
    }

    @Test
    void moreChangedFirmsThanArePatchedGiveTheSameAnswer() {
        Random random = new Random(7);
        var city = EnterpriseTally.over(YEAR, CITY, List.of(), calculator);
        var jinghu = EnterpriseTally.over(YEAR, JINGHU, List.of(), calculator);
        assertThat(city.measured()).isEqualTo(counted(YEAR, List.of()));
        Map<String, Firm> current = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            FirmMother builder = aFirm(String.format("91340200MANY%06d", i))
                    .inDistrict(randomDistrict(random))
                    .highTech("2023-03-01", "2025-12-31");
            addFacts(builder, random, 1 + random.nextInt(3));
            Firm firm = builder.build();
            current.put(firm.uscc(), firm);
            apply(List.of(city, jinghu), firm);
        }

        assertThat(city.measured()).isEqualTo(counted(YEAR, List.copyOf(current.values())));
        assertThat(jinghu.measured())
                .isEqualTo(counted(
                        YEAR,
                        current.values().stream()
                                .filter(firm -> firm.district() == District.JINGHU)
                                .toList()));
    }

    @Test
    void aFirmMovingDistrictLeavesTheOldDistrictsTallyAndEntersTheNewOne() {
        FirmMother builder =
                aFirm("91340200MOVING0001").inDistrict(District.JINGHU).highTech("2023-03-01", "2026-02-28");
        Firm inJinghu = builder.build();
        Firm inWuwei = builder.inDistrict(District.WUWEI).build();
        var jinghu = EnterpriseTally.over(YEAR, JINGHU, List.of(inJinghu), calculator);
        var wuwei = EnterpriseTally.over(YEAR, Optional.of(District.WUWEI), List.of(), calculator);
        var city = EnterpriseTally.over(YEAR, CITY, List.of(inJinghu), calculator);
        assertThat(highTechTotal(jinghu)).isEqualTo(1);

        for (var tally : List.of(jinghu, wuwei, city)) {
            tally.update(inWuwei, EnterpriseTally.factsOf(inWuwei, YEAR, calculator));
            tally.update(inWuwei, EnterpriseTally.factsOf(inWuwei, YEAR, calculator));
        }

        assertThat(highTechTotal(jinghu)).isZero();
        assertThat(highTechTotal(wuwei)).isEqualTo(1);
        assertThat(highTechTotal(city)).isEqualTo(1);
        assertThat(city.measured()).isEqualTo(counted(YEAR, List.of(inWuwei)));
        assertThat(wuwei.measured().get(1).facts())
                .singleElement()
                .satisfies(fact -> assertThat(fact.district()).isEqualTo(District.WUWEI));
    }

    private void apply(List<EnterpriseTally> tallies, Firm firm) {
        for (var tally : tallies) {
            tally.update(firm, EnterpriseTally.factsOf(firm, tally.year(), calculator));
        }
    }

    private void assertSameAsCounted(List<EnterpriseTally> tallies, Map<String, Firm> current, long seed) {
        for (int i = 0; i < tallies.size(); i++) {
            var tally = tallies.get(i);
            Optional<District> district =
                    List.of(CITY, JINGHU, Optional.of(District.WUWEI)).get(i % 3);
            List<Firm> firms = current.values().stream()
                    .filter(firm -> district.isEmpty() || firm.district() == district.get())
                    .toList();
            assertThat(tally.measured())
                    .as("seed %d, %d in %s", seed, tally.year(), district)
                    .isEqualTo(counted(tally.year(), firms));
        }
    }

    private List<Measured> counted(int year, List<Firm> firms) {
        return calculator.count(year, firms).stream()
                .map(EnterpriseCount::measured)
                .toList();
    }

    private static long highTechTotal(EnterpriseTally tally) {
        return tally.measured().get(1).indicator().value().longValueExact();
    }

    private static District randomDistrict(Random random) {
        return List.of(District.JINGHU, District.WUWEI, District.NANLING).get(random.nextInt(3));
    }

    /** Recognitions (some revoked), designations and annual reports around the years the tallies count. */
    private static void addFacts(FirmMother builder, Random random, int facts) {
        for (int i = 0; i < facts; i++) {
            LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
            LocalDate until = from.plusYears(1 + random.nextInt(3)).minusDays(1);
            switch (random.nextInt(5)) {
                case 0 -> builder.recognized(randomTier(random), from.toString(), until.toString());
                case 1 ->
                    builder.revoked(
                            randomTier(random),
                            from.toString(),
                            until.toString(),
                            from.plusDays(random.nextInt(400)).toString());
                case 2 ->
                    builder.designated(
                            Designation.values()[random.nextInt(Designation.values().length)], from.toString());
                default ->
                    builder.reported(
                            2020 + random.nextInt(5),
                            1 + random.nextInt(3),
                            String.valueOf(random.nextInt(600_000_000)),
                            random.nextBoolean(),
                            random.nextBoolean());
            }
        }
    }

    private static Tier randomTier(Random random) {
        return Tier.values()[random.nextInt(Tier.values().length)];
    }
}
