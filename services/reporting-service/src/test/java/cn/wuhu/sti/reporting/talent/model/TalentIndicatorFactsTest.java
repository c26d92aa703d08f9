package cn.wuhu.sti.reporting.talent.model;

import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.enclaveProjectLanded;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.fundInvested;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.teamIncorporated;
import static cn.wuhu.sti.reporting.talent.model.TalentFactMother.teamLanded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.indicator.CountedFact;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each talent value lists the facts behind it: exactly those it counts, with their amounts when it sums. */
class TalentIndicatorFactsTest {

    private final TalentIndicatorCalculator calculator = new TalentIndicatorCalculator();

    @Test
    void theTeamsLandedListExactlyTheLandingsOfTheYearEachWithItsEvent() {
        var spring = teamLanded("2023-03-01", District.JINGHU, Industry.ROBOTICS);
        var newYearsEve = teamLanded("2023-12-31", District.WUWEI, Industry.AI);
        var nextYear = teamLanded("2024-01-01", District.JINGHU, Industry.ROBOTICS);
        var incorporation = teamIncorporated("2023-05-01", District.JINGHU);
        var enclaveProject = enclaveProjectLanded("2023-06-01", District.JINGHU);

        Measured landed = measured(
                "talent.teams.landed",
                2023,
                Optional.empty(),
                spring,
                newYearsEve,
                nextYear,
                incorporation,
                enclaveProject);

        assertThat(landed.indicator().value()).isEqualByComparingTo("2");
        assertThat(landed.facts())
                .extracting(CountedFact::eventId)
                .containsExactly(spring.source().id(), newYearsEve.source().id());
        assertThat(landed.facts().get(0))
                .isEqualTo(new CountedFact(
                        spring.source().id(),
                        "cn.wuhu.sti.talent.team-landed.v1",
                        spring.teamId(),
                        LocalDate.parse("2023-03-01"),
                        District.JINGHU,
                        Industry.ROBOTICS,
                        null));
    }

    @Test
    void aDistrictsValueListsOnlyTheFactsThatCountInTheDistrict() {
        var jinghu = teamLanded("2023-03-01", District.JINGHU);
        var wuwei = teamLanded("2023-04-01", District.WUWEI);

        Measured landed = measured("talent.teams.landed", 2023, Optional.of(District.WUWEI), jinghu, wuwei);

        assertThat(landed.indicator().value()).isEqualByComparingTo("1");
        assertThat(landed.facts())
                .extracting(CountedFact::eventId, CountedFact::district)
                .containsExactly(tuple(wuwei.source().id(), District.WUWEI));
    }

    @Test
    void theFundAmountListsEachInvestmentWithItsAmountAndTheAmountsAddUpToTheValue() {
        var first = fundInvested("2023-01-01", "1234567.89", Industry.ROBOTICS);
        var last = fundInvested("2023-12-31", "0.11", Industry.AI);
        var nextYear = fundInvested("2024-01-01", "5000000", Industry.AI);

        Measured amount = measured("talent.fund.invested.amount", 2023, Optional.empty(), first, last, nextYear);
        Measured count = measured("talent.fund.invested.count", 2023, Optional.empty(), first, last, nextYear);

        assertThat(amount.facts())
                .extracting(CountedFact::eventId, CountedFact::subject, CountedFact::amount, CountedFact::industry)
                .containsExactly(
                        tuple(first.source().id(), first.projectId(), new BigDecimal("1234567.89"), Industry.ROBOTICS),
                        tuple(last.source().id(), last.projectId(), new BigDecimal("0.11"), Industry.AI));
        assertThat(amount.facts().stream().map(CountedFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(amount.indicator().value())
                .isEqualTo(new BigDecimal("1234568.00"));
        assertThat(count.facts())
                .extracting(CountedFact::eventId, CountedFact::amount, CountedFact::district)
                .containsExactly(
                        tuple(first.source().id(), null, null),
                        tuple(last.source().id(), null, null));
    }

    private Measured measured(String code, int year, Optional<District> district, TalentFact... facts) {
        return calculator.measure(year, district, List.of(facts)).stream()
                .filter(m -> m.indicator().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
