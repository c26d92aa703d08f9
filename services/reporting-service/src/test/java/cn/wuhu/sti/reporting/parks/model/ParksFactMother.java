package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.events.parks.DispatchHeld;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Parks facts for calculator tests, each standing on an event of its own, of the type that records it. */
final class ParksFactMother {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static ParkPlan plan(String park, District district) {
        return new ParkPlan(
                park,
                LocalDate.parse("2020-01-01"),
                district,
                Optional.of(Industry.ROBOTICS),
                source(ParkPlanned.class));
    }

    static ParkOpening opening(String park, String on, District district, String usableArea) {
        return new ParkOpening(
                park, LocalDate.parse(on), district, new BigDecimal(usableArea), source(ParkOpened.class));
    }

    static TenantMoveIn in(String park, String uscc, String on, District district, String area) {
        return new TenantMoveIn(
                park, uscc, LocalDate.parse(on), district, new BigDecimal(area), source(TenantMovedIn.class));
    }

    static TenantMoveOut out(String park, String uscc, String on, District district, String area) {
        return new TenantMoveOut(
                park, uscc, LocalDate.parse(on), district, new BigDecimal(area), source(TenantMovedOut.class));
    }

    static CarrierAccreditation accredited(String carrier, CarrierKind kind, AccreditationLevel level, String on) {
        return new CarrierAccreditation(
                carrier, kind, level, LocalDate.parse(on), District.JIUJIANG, source(CarrierAccredited.class));
    }

    static CarrierRaise raised(
            String carrier, CarrierKind kind, AccreditationLevel from, AccreditationLevel to, String on) {
        return new CarrierRaise(
                carrier, kind, from, to, LocalDate.parse(on), District.JIUJIANG, source(CarrierLevelRaised.class));
    }

    static DispatchMeeting meeting(String id, DispatchChair chair, String heldOn, String... parks) {
        return new DispatchMeeting(
                id, LocalDate.parse(heldOn), chair, List.of(parks), Set.of(), source(DispatchHeld.class));
    }

    private static SourceEvent source(Class<? extends DomainEvent> type) {
        return new SourceEvent(
                "event-" + SERIAL.incrementAndGet(), EventCatalog.of(type).type());
    }

    private ParksFactMother() {}
}
