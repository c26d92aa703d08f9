package cn.wuhu.sti.reporting.talent.model;

import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.enclaveProjectLanded;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.fundInvested;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.incorporationOf;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.teamIncorporated;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.teamLanded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TalentIndicatorCalculatorTest {

    private final TalentIndicatorCalculator calculator = new TalentIndicatorCalculator();

    @Test
    void teamLandedOn31DecemberCountsInThatYear() {
        var landing = teamLanded("2023-12-31", District.JINGHU);

        assertThat(cityValue("talent.teams.landed", 2023, landing)).isEqualByComparingTo("1");
    }

    @Test
    void teamLandedOn1JanuaryCountsInThatYearAndNotInTheOneBefore() {
        var landing = teamLanded("2024-01-01", District.JINGHU);

        assertThat(cityValue("talent.teams.landed", 2023, landing)).isZero();
        assertThat(cityValue("talent.teams.landed", 2024, landing)).isEqualByComparingTo("1");
    }

    @Test
    void teamCountsInItsLandingDistrictAndNoOther() {
        var landing = teamLanded("2023-06-01", District.JIUJIANG);

        assertThat(districtValue("talent.teams.landed", 2023, District.JIUJIANG, landing))
                .isEqualByComparingTo("1");
        assertThat(districtValue("talent.teams.landed", 2023, District.JINGHU, landing))
                .isZero();
    }

    @Test
    void incorporationCountsInTheYearTheCompanyWasRegistered() {
        var landing = teamLanded("2022-11-30", District.WHTZ);
        var incorporation = incorporationOf(landing, "2023-02-01");

        assertThat(cityValue("talent.teams.incorporated", 2023, landing, incorporation))
                .isEqualByComparingTo("1");
        assertThat(cityValue("talent.teams.landed", 2023, landing, incorporation))
                .isZero();
        assertThat(cityValue("talent.teams.incorporated", 2022, landing, incorporation))
                .isZero();
    }

    @Test
    void incorporatedTeamCountsInItsLandingDistrict() {
        var incorporation = teamIncorporated("2023-03-15", District.WANZHI);

        assertThat(districtValue("talent.teams.incorporated", 2023, District.WANZHI, incorporation))
                .isEqualByComparingTo("1");
        assertThat(districtValue("talent.teams.incorporated", 2023, District.FANCHANG, incorporation))
                .isZero();
    }

    @Test
    void investmentsDatedInTheYearAreCountedAndSummedToTheFen() {
        var first = fundInvested("2023-01-01", "1234567.89");
        var last = fundInvested("2023-12-31", "0.11");
        var nextYear = fundInvested("2024-01-01", "5000000");

        assertThat(cityValue("talent.fund.invested.count", 2023, first, last, nextYear))
                .isEqualByComparingTo("2");
        assertThat(cityValue("talent.fund.invested.amount", 2023, first, last, nextYear))
                .isEqualTo(new BigDecimal("1234568.00"));
    }

    @Test
    void fundIndicatorsAreCityWideAndLeftOutOfADistrictsReport() {
        var investment = fundInvested("2023-05-01", "3000000");

        List<Indicator> district = indicators(2023, Optional.of(District.JINGHU), List.of(investment));

        assertThat(district)
                .extracting(Indicator::code)
                .doesNotContain("talent.fund.invested.count", "talent.fund.invested.amount")
                .contains("talent.teams.landed", "talent.enclave.projects.landed");
    }

    @Test
    void enclaveProjectCountsInTheDistrictItLandedInAndTheYearItLanded() {
        var landing = enclaveProjectLanded("2023-12-31", District.JIANGBEI);

        assertThat(districtValue("talent.enclave.projects.landed", 2023, District.JIANGBEI, landing))
                .isEqualByComparingTo("1");
        assertThat(districtValue("talent.enclave.projects.landed", 2023, District.WUWEI, landing))
                .isZero();
        assertThat(cityValue("talent.enclave.projects.landed", 2024, landing)).isZero();
    }

    @Test
    void aTeamLandingIsNotAnEnclaveProjectLanding() {
        var team = teamLanded("2023-04-01", District.NANLING);

        assertThat(cityValue("talent.enclave.projects.landed", 2023, team)).isZero();
    }

    @Test
    void answersEveryTalentCodeOfTheContractForTheCityWithChineseNamesAndUnits() {
        List<Indicator> indicators = indicators(2023, Optional.empty(), List.of());

        assertThat(indicators)
                .extracting(Indicator::code, Indicator::unit)
                .containsExactly(
                        tuple("talent.teams.landed", "个"),
                        tuple("talent.teams.incorporated", "家"),
                        tuple("talent.fund.invested.count", "个"),
                        tuple("talent.fund.invested.amount", "元"),
                        tuple("talent.enclave.projects.landed", "个"));
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.name()).isNotBlank();
            assertThat(i.value()).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    private BigDecimal cityValue(String code, int year, TalentFact... facts) {
        return value(indicators(year, Optional.empty(), List.of(facts)), code);
    }

    private BigDecimal districtValue(String code, int year, District district, TalentFact... facts) {
        return value(indicators(year, Optional.of(district), List.of(facts)), code);
    }

    private List<Indicator> indicators(int year, Optional<District> district, List<TalentFact> facts) {
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
