package cn.wuhu.sti.reporting.parks.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParksIndicatorCalculatorTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final ParksIndicatorCalculator calculator = new ParksIndicatorCalculator();

    @Test
    void aRaiseToProvincialCountsOnceInTheYearOfTheRaise() {
        List<ParksFact> facts = List.of(
                accredited("c1", CarrierKind.INCUBATOR, AccreditationLevel.MUNICIPAL, "2022-05-01"),
                raised(
                        "c1",
                        CarrierKind.INCUBATOR,
                        AccreditationLevel.MUNICIPAL,
                        AccreditationLevel.PROVINCIAL,
                        "2023-03-01"),
                raised(
                        "c1",
                        CarrierKind.INCUBATOR,
                        AccreditationLevel.PROVINCIAL,
                        AccreditationLevel.NATIONAL,
                        "2023-09-01"),
                accredited("c2", CarrierKind.MAKER_SPACE, AccreditationLevel.MUNICIPAL, "2023-02-01"),
                raised(
                        "c2",
                        CarrierKind.MAKER_SPACE,
                        AccreditationLevel.MUNICIPAL,
                        AccreditationLevel.NATIONAL,
                        "2023-10-01"),
                accredited("p1", CarrierKind.PILOT_BASE, AccreditationLevel.MUNICIPAL, "2021-01-01"),
                raised(
                        "p1",
                        CarrierKind.PILOT_BASE,
                        AccreditationLevel.MUNICIPAL,
                        AccreditationLevel.PROVINCIAL,
                        "2023-12-31"));

        assertThat(value(2022, facts, "carriers.provincialplus.new")).isZero();
        assertThat(value(2023, facts, "carriers.provincialplus.new")).isEqualTo(2);
        assertThat(value(2023, facts, "carriers.pilotbases.provincialplus.new")).isEqualTo(1);
        assertThat(value(2024, facts, "carriers.provincialplus.new")).isZero();
        assertThat(value(2024, facts, "carriers.pilotbases.provincialplus.new")).isZero();
    }

    @Test
    void aCarrierAccreditedLastYearDoesNotCountThisYearEvenWhenRaised() {
        List<ParksFact> facts = List.of(
                accredited("c1", CarrierKind.INCUBATOR, AccreditationLevel.PROVINCIAL, "2022-12-31"),
                raised(
                        "c1",
                        CarrierKind.INCUBATOR,
                        AccreditationLevel.PROVINCIAL,
                        AccreditationLevel.NATIONAL,
                        "2023-01-01"),
                accredited("c2", CarrierKind.MAKER_SPACE, AccreditationLevel.NATIONAL, "2023-01-01"),
                accredited("c3", CarrierKind.MAKER_SPACE, AccreditationLevel.MUNICIPAL, "2023-06-01"));

        assertThat(value(2022, facts, "carriers.provincialplus.new")).isEqualTo(1);
        assertThat(value(2023, facts, "carriers.provincialplus.new")).isEqualTo(1);
    }

    @Test
    void occupancyAtYearEndCountsTheAreaStillLeasedOn31DecemberOfParksOpenByThen() {
        List<ParksFact> facts = List.of(
                new ParkOpening("a", date("2022-06-01"), District.JINGHU, area("1000.00"), source()),
                new ParkOpening("b", date("2023-12-31"), District.JINGHU, area("500.00"), source()),
                new ParkOpening("late", date("2024-01-01"), District.JINGHU, area("9000.00"), source()),
                in("a", "f1", "2022-07-01", "300.00"),
                in("a", "f2", "2023-02-01", "200.00"),
                out("a", "f1", "2023-12-31", "300.00"),
                in("a", "f3", "2023-12-31", "100.00"),
                out("a", "f2", "2024-01-01", "200.00"),
                in("b", "f4", "2023-12-31", "1.00"),
                in("late", "f5", "2024-01-01", "10.00"));

        // 2022: a only, 300 of 1000
        assertThat(valueOf(2022, facts, "parks.occupancy")).isEqualTo(new BigDecimal("30.00"));
        // 2023: a and b, 1500 usable; f2 200 + f3 100 + f4 1 leased (f1 free on its move-out day)
        assertThat(valueOf(2023, facts, "parks.occupancy")).isEqualTo(new BigDecimal("20.07"));
        assertThat(value(2023, facts, "parks.inuse.total")).isEqualTo(2);
        assertThat(value(2023, facts, "parks.opened")).isEqualTo(1);
        assertThat(value(2023, facts, "parks.tenants.movedin")).isEqualTo(3);
        // 2024: 10500 usable; f3 100 + f4 1 + f5 10
        assertThat(valueOf(2024, facts, "parks.occupancy")).isEqualTo(new BigDecimal("1.06"));
        assertThat(value(2024, facts, "parks.inuse.total")).isEqualTo(3);
        assertThat(valueOf(2021, facts, "parks.occupancy")).isEqualTo(new BigDecimal("0.00"));
        assertThat(value(2021, facts, "parks.inuse.total")).isZero();
    }

    @Test
    void aFactDatedOn31DecemberCountsInItsYearAndOne1JanuaryInTheNext() {
        List<ParksFact> facts = List.of(
                new ParkConstructionStart("a", date("2023-12-31"), District.YIJIANG, source()),
                new ParkConstructionStart("b", date("2024-01-01"), District.YIJIANG, source()),
                platform("k1", AccreditationLevel.PROVINCIAL, "2023-12-31"),
                platform("k2", AccreditationLevel.NATIONAL, "2024-01-01"),
                platform("k3", AccreditationLevel.MUNICIPAL, "2023-06-01"),
                in("a", "f1", "2023-12-31", "1.00"),
                in("a", "f2", "2024-01-01", "1.00"),
                accredited("c1", CarrierKind.INCUBATOR, AccreditationLevel.PROVINCIAL, "2024-01-01"));

        assertThat(value(2023, facts, "parks.construction.started")).isEqualTo(1);
        assertThat(value(2024, facts, "parks.construction.started")).isEqualTo(1);
        assertThat(value(2023, facts, "platforms.provincialplus.new")).isEqualTo(1);
        assertThat(value(2024, facts, "platforms.provincialplus.new")).isEqualTo(1);
        assertThat(value(2023, facts, "parks.tenants.movedin")).isEqualTo(1);
        assertThat(value(2024, facts, "parks.tenants.movedin")).isEqualTo(1);
        assertThat(value(2023, facts, "carriers.provincialplus.new")).isZero();
        assertThat(value(2024, facts, "carriers.provincialplus.new")).isEqualTo(1);
    }

    @Test
    void aDispatchMeetingCountsOnceForTheCityAndInEachDistrictOfItsParks() {
        List<ParksFact> facts = List.of(
                plan("a", District.JINGHU),
                plan("b", District.WUWEI),
                plan("c", District.WUWEI),
                meeting("m1", DispatchChair.CITY_LEADER, "2023-03-01", "a", "b", "c"),
                meeting("m2", DispatchChair.BUREAU, "2023-04-01", "b"),
                meeting("m3", DispatchChair.BUREAU, "2023-05-01", "unknown"));

        assertThat(value(2023, facts, "parks.dispatches.cityleader")).isEqualTo(1);
        assertThat(value(2023, facts, "parks.dispatches.bureau")).isEqualTo(2);
        assertThat(value(2023, Optional.of(District.WUWEI), facts, "parks.dispatches.cityleader"))
                .isEqualTo(1);
        assertThat(value(2023, Optional.of(District.WUWEI), facts, "parks.dispatches.bureau"))
                .isEqualTo(1);
        assertThat(value(2023, Optional.of(District.JINGHU), facts, "parks.dispatches.cityleader"))
                .isEqualTo(1);
        assertThat(value(2023, Optional.of(District.JINGHU), facts, "parks.dispatches.bureau"))
                .isZero();
    }

    @Test
    void underADistrictFilterParksTenantsAndCarriersCountInTheirDistrict() {
        List<ParksFact> facts = List.of(
                new ParkOpening("a", date("2023-01-01"), District.JINGHU, area("100.00"), source()),
                new ParkOpening("b", date("2023-01-01"), District.WUWEI, area("100.00"), source()),
                new TenantMoveIn("a", "f1", date("2023-02-01"), District.JINGHU, area("25.00"), source()),
                new TenantMoveIn("b", "f2", date("2023-02-01"), District.WUWEI, area("50.00"), source()),
                new CarrierAccreditation(
                        "c1",
                        CarrierKind.INCUBATOR,
                        AccreditationLevel.NATIONAL,
                        date("2023-03-01"),
                        District.WUWEI,
                        source()));

        Map<String, BigDecimal> jinghu = indicators(2023, Optional.of(District.JINGHU), facts);
        assertThat(jinghu.get("parks.inuse.total")).isEqualByComparingTo("1");
        assertThat(jinghu.get("parks.tenants.movedin")).isEqualByComparingTo("1");
        assertThat(jinghu.get("parks.occupancy")).isEqualTo(new BigDecimal("25.00"));
        assertThat(jinghu.get("carriers.provincialplus.new")).isEqualByComparingTo("0");
        assertThat(indicators(2023, Optional.empty(), facts).get("parks.occupancy"))
                .isEqualTo(new BigDecimal("37.50"));
        assertThat(jinghu).hasSize(ParksIndicator.values().length);
    }

    private long value(int year, List<ParksFact> facts, String code) {
        return value(year, Optional.empty(), facts, code);
    }

    private long value(int year, Optional<District> district, List<ParksFact> facts, String code) {
        return indicators(year, district, facts).get(code).longValueExact();
    }

    private BigDecimal valueOf(int year, List<ParksFact> facts, String code) {
        return indicators(year, Optional.empty(), facts).get(code);
    }

    private Map<String, BigDecimal> indicators(int year, Optional<District> district, List<ParksFact> facts) {
        return calculator.measure(year, district, facts).stream()
                .map(Measured::indicator)
                .collect(Collectors.toMap(Indicator::code, Indicator::value));
    }

    private static CarrierAccreditation accredited(
            String id, CarrierKind kind, AccreditationLevel level, String accreditedOn) {
        return new CarrierAccreditation(id, kind, level, date(accreditedOn), District.JIUJIANG, source());
    }

    private static CarrierRaise raised(
            String id, CarrierKind kind, AccreditationLevel from, AccreditationLevel to, String raisedOn) {
        return new CarrierRaise(id, kind, from, to, date(raisedOn), District.JIUJIANG, source());
    }

    private static TenantMoveIn in(String park, String uscc, String on, String area) {
        return new TenantMoveIn(park, uscc, date(on), District.JINGHU, area(area), source());
    }

    private static TenantMoveOut out(String park, String uscc, String on, String area) {
        return new TenantMoveOut(park, uscc, date(on), District.JINGHU, area(area), source());
    }

    private static DispatchMeeting meeting(String id, DispatchChair chair, String heldOn, String... parks) {
        return new DispatchMeeting(id, date(heldOn), chair, List.of(parks), Set.of(), source());
    }

    private static PlatformAccreditation platform(String id, AccreditationLevel level, String accreditedOn) {
        return new PlatformAccreditation(id, level, date(accreditedOn), District.YIJIANG, source());
    }

    private static ParkPlan plan(String park, District district) {
        return new ParkPlan(park, date("2020-01-01"), district, Optional.of(Industry.ROBOTICS), source());
    }

    private static SourceEvent source() {
        return new SourceEvent("event-" + SERIAL.incrementAndGet(), "cn.wuhu.sti.parks.test.v1");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal area(String value) {
        return new BigDecimal(value);
    }
}
