package cn.wuhu.sti.reporting.parks.model;

import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.accredited;
import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.in;
import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.meeting;
import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.opening;
import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.out;
import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.plan;
import static cn.wuhu.sti.reporting.parks.model.ParksFactMother.raised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.Fact;
import cn.wuhu.sti.reporting.indicator.CountedFact;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each parks value lists the facts behind it. A worked 2023 in Jinghu: park {@code a} opened in 2022 with 1000 m², park
 * {@code b} on 31 December 2023 with 500 m², park {@code late} on 1 January 2024; f1 leased 300 m² of a in 2022 and
 * left on 31 December 2023, f2 leased 200 m² in February 2023 (leaving in 2024), f3 100 m² and f4 1 m² of b on
 * 31 December 2023.
 */
class ParksIndicatorFactsTest {

    private final ParksIndicatorCalculator calculator = new ParksIndicatorCalculator();

    private final ParkOpening a = opening("a", "2022-06-01", District.JINGHU, "1000.00");
    private final ParkOpening b = opening("b", "2023-12-31", District.JINGHU, "500.00");
    private final ParkOpening late = opening("late", "2024-01-01", District.JINGHU, "9000.00");
    private final TenantMoveIn f1In = in("a", "f1", "2022-07-01", District.JINGHU, "300.00");
    private final TenantMoveIn f2In = in("a", "f2", "2023-02-01", District.JINGHU, "200.00");
    private final TenantMoveOut f1Out = out("a", "f1", "2023-12-31", District.JINGHU, "300.00");
    private final TenantMoveIn f3In = in("a", "f3", "2023-12-31", District.JINGHU, "100.00");
    private final TenantMoveOut f2Out = out("a", "f2", "2024-01-01", District.JINGHU, "200.00");
    private final TenantMoveIn f4In = in("b", "f4", "2023-12-31", District.JINGHU, "1.00");
    private final List<ParksFact> jinghu = List.of(a, b, late, f1In, f2In, f1Out, f3In, f2Out, f4In);

    @Test
    void theParksInUseAreListedByTheirOpeningsWhateverYearTheyOpened() {
        Measured inUse = measured("parks.inuse.total", Optional.empty(), jinghu);

        assertThat(inUse.indicator().value()).isEqualByComparingTo("2");
        assertThat(inUse.facts())
                .extracting(CountedFact::eventId, CountedFact::subject, CountedFact::businessDate)
                .containsExactly(
                        tuple(a.source().id(), "a", a.openedOn()),
                        tuple(b.source().id(), "b", b.openedOn()));
        assertThat(ids(measured("parks.opened", Optional.empty(), jinghu)))
                .containsExactly(b.source().id());
    }

    @Test
    void theTenantsMovedInAreTheMoveInsOfTheYearByFirm() {
        Measured movedIn = measured("parks.tenants.movedin", Optional.empty(), jinghu);

        assertThat(movedIn.indicator().value()).isEqualByComparingTo("3");
        assertThat(movedIn.facts())
                .extracting(CountedFact::eventId, CountedFact::subject)
                .containsExactly(
                        tuple(f2In.source().id(), "f2"),
                        tuple(f3In.source().id(), "f3"),
                        tuple(f4In.source().id(), "f4"));
    }

    @Test
    void theOccupancyListsTheOpeningsOfTheParksInUseAndTheirMovesUpTo31December() {
        Measured occupancy = measured("parks.occupancy", Optional.empty(), jinghu);

        assertThat(occupancy.indicator().value()).isEqualTo(new BigDecimal("20.07"));
        assertThat(ids(occupancy)).containsExactlyInAnyOrderElementsOf(ids(a, b, f1In, f2In, f3In, f4In, f1Out));
        assertThat(occupancy.facts())
                .allSatisfy(fact -> assertThat(fact.amount()).isNull());
    }

    @Test
    void aNewCarrierIsListedByTheAccreditationOrRaiseThatMadeItProvincialOrHigher() {
        var municipal = accredited("c1", CarrierKind.INCUBATOR, AccreditationLevel.MUNICIPAL, "2022-05-01");
        var toProvincial = raised(
                "c1", CarrierKind.INCUBATOR, AccreditationLevel.MUNICIPAL, AccreditationLevel.PROVINCIAL, "2023-03-01");
        var toNational = raised(
                "c1", CarrierKind.INCUBATOR, AccreditationLevel.PROVINCIAL, AccreditationLevel.NATIONAL, "2023-09-01");
        var national = accredited("c2", CarrierKind.MAKER_SPACE, AccreditationLevel.NATIONAL, "2023-01-01");

        Measured carriers = measured(
                "carriers.provincialplus.new",
                Optional.empty(),
                List.of(municipal, toProvincial, toNational, national));

        assertThat(carriers.indicator().value()).isEqualByComparingTo("2");
        assertThat(ids(carriers)).containsExactlyInAnyOrderElementsOf(ids(toProvincial, national));
    }

    @Test
    void aMeetingOnParksOfTwoDistrictsIsListedInEachWithThatDistrict() {
        var m1 = meeting("m1", DispatchChair.CITY_LEADER, "2023-03-01", "a", "b");
        List<ParksFact> facts = List.of(plan("a", District.JINGHU), plan("b", District.WUWEI), m1);

        Measured city = measured("parks.dispatches.cityleader", Optional.empty(), facts);
        Measured wuwei = measured("parks.dispatches.cityleader", Optional.of(District.WUWEI), facts);

        assertThat(city.facts())
                .extracting(CountedFact::eventId, CountedFact::district)
                .containsExactly(tuple(m1.source().id(), null));
        assertThat(wuwei.facts())
                .extracting(CountedFact::eventId, CountedFact::district)
                .containsExactly(tuple(m1.source().id(), District.WUWEI));
    }

    private Measured measured(String code, Optional<District> district, List<ParksFact> facts) {
        return calculator.measure(2023, district, facts).stream()
                .filter(m -> m.indicator().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ids(Measured measured) {
        return measured.facts().stream().map(CountedFact::eventId).toList();
    }

    private static List<String> ids(Fact... facts) {
        return Stream.of(facts).map(fact -> fact.source().id()).toList();
    }
}
