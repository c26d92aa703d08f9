package cn.wuhu.sti.reporting.techmarket.model;

import static cn.wuhu.sti.reporting.techmarket.model.TechmarketFactMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TechmarketIndicatorCalculatorTest {

    private final TechmarketIndicatorCalculator calculator = new TechmarketIndicatorCalculator();

    @Test
    void contractRegisteredOn31DecemberCountsInThatYear() {
        var contract = contract("2023-12-31", District.JINGHU, "100.00", "80.00");

        assertThat(cityValue("techmarket.contracts.count", 2023, contract)).isEqualByComparingTo("1");
        assertThat(cityValue("techmarket.contracts.count", 2024, contract)).isZero();
    }

    @Test
    void contractRegisteredOn1JanuaryCountsInThatYearAndNotInTheOneBefore() {
        var contract = contract("2024-01-01", District.JINGHU, "100.00", "80.00");

        assertThat(cityValue("techmarket.contracts.count", 2023, contract)).isZero();
        assertThat(cityValue("techmarket.contracts.amount", 2024, contract)).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void contractAmountsAreSummedExactlyWhereDoublesDrift() {
        List<TechmarketFact> contracts = new ArrayList<>();
        double drifting = 0;
        for (int i = 0; i < 1000; i++) {
            contracts.add(contract("2023-06-01", District.JIUJIANG, "0.10", "0.01"));
            drifting += 0.10;
        }

        assertThat(drifting).isNotEqualTo(100.0);
        assertThat(indicators(2023, Optional.empty(), contracts))
                .filteredOn(i -> i.code().equals("techmarket.contracts.amount")
                        || i.code().equals("techmarket.transactions.amount"))
                .extracting(Indicator::value)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("10.00"));
    }

    @Test
    void withdrawnContractCountsInNoYear() {
        var contract = withdrawn(contract("2023-03-01", District.WHTZ, "500.00", "500.00"));

        assertThat(cityValue("techmarket.contracts.count", 2023, contract)).isZero();
        assertThat(cityValue("techmarket.transactions.amount", 2023, contract)).isZero();
    }

    @Test
    void contractCountsInItsDistrictAndNoOther() {
        var contract = contract("2023-05-01", District.WANZHI, "300.00", "200.00");

        assertThat(districtValue("techmarket.transactions.amount", 2023, District.WANZHI, contract))
                .isEqualTo(new BigDecimal("200.00"));
        assertThat(districtValue("techmarket.contracts.count", 2023, District.JINGHU, contract))
                .isZero();
    }

    @Test
    void anAchievementWithoutADistrictCountsForTheCityOnly() {
        var placed = achievement("2023-12-31", Optional.of(District.YIJIANG));
        var unplaced = achievement("2023-01-01", Optional.empty());

        assertThat(cityValue("techmarket.achievements.published", 2023, placed, unplaced))
                .isEqualByComparingTo("2");
        assertThat(districtValue("techmarket.achievements.published", 2023, District.YIJIANG, placed, unplaced))
                .isEqualByComparingTo("1");
    }

    @Test
    void matchesAndActivitiesCountInTheYearOfTheirDate() {
        var match = match("2023-12-31", Optional.of(District.NANLING));
        var activity = activity("2024-01-01", Optional.empty());

        assertThat(cityValue("techmarket.matches.count", 2023, match, activity)).isEqualByComparingTo("1");
        assertThat(cityValue("techmarket.activities.count", 2023, match, activity))
                .isZero();
        assertThat(cityValue("techmarket.activities.count", 2024, match, activity))
                .isEqualByComparingTo("1");
    }

    @Test
    void challengeAwardsAreCountedAndSummedForTheCityAndLeftOutOfADistrictsReport() {
        var first = award("2023-01-01", "10000000");
        var last = award("2023-12-31", "4999999.99");
        var nextYear = award("2024-01-01", "1");

        assertThat(cityValue("techmarket.challenges.awarded", 2023, first, last, nextYear))
                .isEqualByComparingTo("2");
        assertThat(cityValue("techmarket.challenges.awarded.amount", 2023, first, last, nextYear))
                .isEqualTo(new BigDecimal("14999999.99"));
        assertThat(indicators(2023, Optional.of(District.JINGHU), List.of(first)))
                .extracting(Indicator::code)
                .doesNotContain("techmarket.challenges.awarded", "techmarket.challenges.awarded.amount")
                .contains("techmarket.contracts.count", "techmarket.scenarios.landed");
    }

    @Test
    void scenarioCountsInTheDistrictItLandedIn() {
        var landing = scenario("2023-07-01", District.FANCHANG);

        assertThat(districtValue("techmarket.scenarios.landed", 2023, District.FANCHANG, landing))
                .isEqualByComparingTo("1");
        assertThat(districtValue("techmarket.scenarios.landed", 2023, District.WUWEI, landing))
                .isZero();
    }

    @Test
    void programmeProjectsAreCountedWithTheirFundingInTheirDistrict() {
        var first = programmeProject("2023-02-01", District.JIANGBEI, "800000.00", "6400000.50");
        var second = programmeProject("2023-12-31", District.JIANGBEI, "0.01", "0.02");
        var elsewhere = programmeProject("2023-06-01", District.WETDZ, "1", "1");

        assertThat(districtValue("techmarket.programme.projects", 2023, District.JIANGBEI, first, second, elsewhere))
                .isEqualByComparingTo("2");
        assertThat(districtValue(
                        "techmarket.programme.publicfunding.amount", 2023, District.JIANGBEI, first, second, elsewhere))
                .isEqualTo(new BigDecimal("800000.01"));
        assertThat(cityValue("techmarket.programme.selfinvestment.amount", 2023, first, second, elsewhere))
                .isEqualTo(new BigDecimal("6400001.52"));
    }

    @Test
    void answersEveryTechmarketCodeOfTheContractForTheCityWithChineseNamesAndUnits() {
        List<Indicator> indicators = indicators(2023, Optional.empty(), List.of());

        assertThat(indicators)
                .extracting(Indicator::code, Indicator::unit)
                .containsExactly(
                        tuple("techmarket.contracts.count", "项"),
                        tuple("techmarket.contracts.amount", "元"),
                        tuple("techmarket.transactions.amount", "元"),
                        tuple("techmarket.achievements.published", "项"),
                        tuple("techmarket.matches.count", "次"),
                        tuple("techmarket.challenges.awarded", "项"),
                        tuple("techmarket.challenges.awarded.amount", "元"),
                        tuple("techmarket.scenarios.landed", "个"),
                        tuple("techmarket.programme.projects", "项"),
                        tuple("techmarket.programme.publicfunding.amount", "元"),
                        tuple("techmarket.programme.selfinvestment.amount", "元"),
                        tuple("techmarket.activities.count", "次"));
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.name()).isNotBlank();
            assertThat(i.value()).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    private BigDecimal cityValue(String code, int year, TechmarketFact... facts) {
        return value(indicators(year, Optional.empty(), List.of(facts)), code);
    }

    private BigDecimal districtValue(String code, int year, District district, TechmarketFact... facts) {
        return value(indicators(year, Optional.of(district), List.of(facts)), code);
    }

    private List<Indicator> indicators(int year, Optional<District> district, List<TechmarketFact> facts) {
        return calculator.measure(year, district, facts).stream()
                .map(Measured::indicator)
                .toList();
    }

    private static BigDecimal value(List<Indicator> indicators, String code) {
        return indicators.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
