package cn.wuhu.sti.reporting.techmarket.model;

import static cn.wuhu.sti.reporting.techmarket.model.TechmarketFactMother.activity;
import static cn.wuhu.sti.reporting.techmarket.model.TechmarketFactMother.contract;
import static cn.wuhu.sti.reporting.techmarket.model.TechmarketFactMother.corrected;
import static cn.wuhu.sti.reporting.techmarket.model.TechmarketFactMother.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.indicator.CountedFact;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each tech-market value lists the facts behind it. A worked year: contract {@code a} registered at 100.00 (80.00 of it
 * technology transaction), contract {@code b} registered at 10.00 and corrected to 250.50 (200.25), contract
 * {@code w} withdrawn, contract {@code n} of the next year.
 */
class TechmarketIndicatorFactsTest {

    private final TechmarketIndicatorCalculator calculator = new TechmarketIndicatorCalculator();

    private final RegisteredContract a = contract("2023-02-01", District.JINGHU, "100.00", "80.00");
    private final RegisteredContract b =
            corrected(contract("2023-03-01", District.WUWEI, "10.00", "10.00"), "250.50", "200.25");
    private final RegisteredContract w = withdrawn(contract("2023-04-01", District.JINGHU, "999.00", "999.00"));
    private final RegisteredContract n = contract("2024-01-01", District.JINGHU, "5.00", "5.00");

    @Test
    void theContractsCountedAreListedAndTheCorrectedOneByItsCorrection() {
        Measured count = measured("techmarket.contracts.count");

        assertThat(count.indicator().value()).isEqualByComparingTo("2");
        assertThat(count.facts())
                .extracting(CountedFact::eventId, CountedFact::type, CountedFact::subject, CountedFact::district)
                .containsExactly(
                        tuple(
                                a.source().id(),
                                "cn.wuhu.sti.techmarket.tech-contract-registered.v1",
                                a.registrationNo(),
                                District.JINGHU),
                        tuple(
                                b.source().id(),
                                "cn.wuhu.sti.techmarket.tech-contract-corrected.v1",
                                b.registrationNo(),
                                District.WUWEI));
    }

    @Test
    void eachAmountListsTheContractsFiguresAsLastCorrectedAddingUpToTheValue() {
        Measured contracts = measured("techmarket.contracts.amount");
        Measured transactions = measured("techmarket.transactions.amount");

        assertThat(contracts.facts())
                .extracting(CountedFact::eventId, CountedFact::amount)
                .containsExactly(
                        tuple(a.source().id(), new BigDecimal("100.00")),
                        tuple(b.source().id(), new BigDecimal("250.50")));
        assertThat(sumOf(contracts)).isEqualTo(contracts.indicator().value()).isEqualTo(new BigDecimal("350.50"));
        assertThat(transactions.facts())
                .extracting(CountedFact::amount)
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("200.25"));
        assertThat(sumOf(transactions))
                .isEqualTo(transactions.indicator().value())
                .isEqualTo(new BigDecimal("280.25"));
    }

    @Test
    void aFactCarriesTheIndustryItsEventNamesAndNoneWhenItNamesNone() {
        var forRobotics = activity("2023-05-01", Optional.empty(), Optional.of(Industry.ROBOTICS));
        var forAnyone = activity("2023-06-01", Optional.of(District.WHTZ), Optional.empty());

        Measured activities = calculator.measure(2023, Optional.empty(), List.of(forRobotics, forAnyone)).stream()
                .filter(m -> m.indicator().code().equals("techmarket.activities.count"))
                .findFirst()
                .orElseThrow();

        assertThat(activities.facts())
                .extracting(CountedFact::eventId, CountedFact::industry, CountedFact::district)
                .containsExactly(
                        tuple(forRobotics.source().id(), Industry.ROBOTICS, null),
                        tuple(forAnyone.source().id(), null, District.WHTZ));
    }

    private Measured measured(String code) {
        return calculator.measure(2023, Optional.empty(), List.of(a, b, w, n)).stream()
                .filter(m -> m.indicator().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal sumOf(Measured measured) {
        return measured.facts().stream().map(CountedFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
