package cn.wuhu.sti.reporting.parks.readmodel;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.events.parks.DispatchHeld;
import cn.wuhu.sti.events.parks.ParkConstructionStarted;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.events.parks.PlatformAccredited;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.parks.model.CarrierAccreditation;
import cn.wuhu.sti.reporting.parks.model.CarrierRaise;
import cn.wuhu.sti.reporting.parks.model.DispatchMeeting;
import cn.wuhu.sti.reporting.parks.model.ParkConstructionStart;
import cn.wuhu.sti.reporting.parks.model.ParkOpening;
import cn.wuhu.sti.reporting.parks.model.ParkPlan;
import cn.wuhu.sti.reporting.parks.model.ParksFact;
import cn.wuhu.sti.reporting.parks.model.PlatformAccreditation;
import cn.wuhu.sti.reporting.parks.model.TenantMoveIn;
import cn.wuhu.sti.reporting.parks.model.TenantMoveOut;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The parks facts, one idempotent upsert per event (see {@link FactReadModel}), each keyed by what it is about, so an
 * event sent again sets the same document again: a park's plan, construction start and opening by the park; a
 * tenant's move-in and move-out by park, firm and date (a firm may move in, out and in again); a carrier's
 * accreditation by the carrier and its raise by the carrier and the level reached (levels only rise, so each is
 * reached once); a platform's accreditation by the platform; a meeting by its id.
 *
 * <p>The occupancy at a year's end needs each park's usable area and the tenancies over time: the move-ins and
 * move-outs are kept with their areas and dates, and {@code parks.occupancy} adds them up to 31 December. A dispatch
 * meeting keeps its park ids; the calculator finds their districts among the parks' facts at query time, so a
 * meeting consumed before its parks' plans (another partition) still counts in their districts.
 *
 * <p>Of the parks events only a park's plan names an industry, and only it keeps one.
 */
@Component
class ParksFactReadModel extends FactReadModel<ParksFactReadModel.Kind, ParksFact> {

    static final String COLLECTION = "parks_facts";

    enum Kind {
        PARK_PLANNED,
        PARK_CONSTRUCTION_STARTED,
        PARK_OPENED,
        TENANT_MOVED_IN,
        TENANT_MOVED_OUT,
        CARRIER_ACCREDITED,
        CARRIER_LEVEL_RAISED,
        PLATFORM_ACCREDITED,
        DISPATCH_HELD
    }

    ParksFactReadModel(MongoOperations mongo, ReadModelGenerations generations) {
        super(mongo, generations, COLLECTION, Kind.class);
    }

    /** Applies the event {@code source} carried; every event of the parks topic is kept. */
    void apply(DomainEvent event, SourceEvent source) {
        if (event instanceof ParkPlanned planned) {
            record(
                    Kind.PARK_PLANNED,
                    planned.parkId(),
                    planned.plannedOn(),
                    source,
                    withIndustry(located(planned.district()), planned.industry()));
        } else if (event instanceof ParkConstructionStarted started) {
            record(
                    Kind.PARK_CONSTRUCTION_STARTED,
                    started.parkId(),
                    started.startedOn(),
                    source,
                    located(started.district()));
        } else if (event instanceof ParkOpened opened) {
            record(
                    Kind.PARK_OPENED,
                    opened.parkId(),
                    opened.openedOn(),
                    source,
                    located(opened.district()).set("parkId", opened.parkId()).set("area", exact(opened.usableArea())));
        } else if (event instanceof TenantMovedIn in) {
            record(
                    Kind.TENANT_MOVED_IN,
                    in.parkId() + ":" + in.uscc() + ":" + in.movedInOn(),
                    in.movedInOn(),
                    source,
                    tenancy(in.parkId(), in.uscc(), in.district(), in.area()));
        } else if (event instanceof TenantMovedOut out) {
            record(
                    Kind.TENANT_MOVED_OUT,
                    out.parkId() + ":" + out.uscc() + ":" + out.movedOutOn(),
                    out.movedOutOn(),
                    source,
                    tenancy(out.parkId(), out.uscc(), out.district(), out.area()));
        } else {
            applyOther(event, source);
        }
    }

    private void applyOther(DomainEvent event, SourceEvent source) {
        if (event instanceof CarrierAccredited accredited) {
            record(
                    Kind.CARRIER_ACCREDITED,
                    accredited.carrierId(),
                    accredited.accreditedOn(),
                    source,
                    located(accredited.district())
                            .set("carrierKind", accredited.kind().name())
                            .set("level", accredited.level().name()));
        } else if (event instanceof CarrierLevelRaised raised) {
            record(
                    Kind.CARRIER_LEVEL_RAISED,
                    raised.carrierId() + ":" + raised.to(),
                    raised.raisedOn(),
                    source,
                    located(raised.district())
                            .set("carrierId", raised.carrierId())
                            .set("carrierKind", raised.kind().name())
                            .set("from", raised.from().name())
                            .set("level", raised.to().name()));
        } else if (event instanceof PlatformAccredited accredited) {
            record(
                    Kind.PLATFORM_ACCREDITED,
                    accredited.platformId(),
                    accredited.accreditedOn(),
                    source,
                    located(accredited.district())
                            .set("level", accredited.level().name()));
        } else if (event instanceof DispatchHeld held) {
            record(
                    Kind.DISPATCH_HELD,
                    held.dispatchId(),
                    held.heldOn(),
                    source,
                    new Update().set("chair", held.chair().name()).set("parkIds", held.parkIds()));
        }
    }

    private static Update located(District district) {
        return withPlace(new Update(), Optional.of(district));
    }

    private static Update tenancy(String parkId, String uscc, District district, BigDecimal area) {
        return located(district).set("parkId", parkId).set("uscc", uscc).set("area", exact(area));
    }

    @Override
    protected ParksFact toFact(Kind kind, Document doc) {
        return switch (kind) {
            case PARK_PLANNED -> new ParkPlan(about(doc), date(doc), district(doc), industry(doc), source(doc));
            case PARK_CONSTRUCTION_STARTED ->
                new ParkConstructionStart(about(doc), date(doc), district(doc), source(doc));
            case PARK_OPENED -> new ParkOpening(about(doc), date(doc), district(doc), amount(doc, "area"), source(doc));
            case TENANT_MOVED_IN ->
                new TenantMoveIn(
                        doc.getString("parkId"),
                        doc.getString("uscc"),
                        date(doc),
                        district(doc),
                        amount(doc, "area"),
                        source(doc));
            case TENANT_MOVED_OUT ->
                new TenantMoveOut(
                        doc.getString("parkId"),
                        doc.getString("uscc"),
                        date(doc),
                        district(doc),
                        amount(doc, "area"),
                        source(doc));
            case CARRIER_ACCREDITED ->
                new CarrierAccreditation(
                        about(doc),
                        CarrierKind.valueOf(doc.getString("carrierKind")),
                        AccreditationLevel.valueOf(doc.getString("level")),
                        date(doc),
                        district(doc),
                        source(doc));
            case CARRIER_LEVEL_RAISED ->
                new CarrierRaise(
                        doc.getString("carrierId"),
                        CarrierKind.valueOf(doc.getString("carrierKind")),
                        AccreditationLevel.valueOf(doc.getString("from")),
                        AccreditationLevel.valueOf(doc.getString("level")),
                        date(doc),
                        district(doc),
                        source(doc));
            case PLATFORM_ACCREDITED ->
                new PlatformAccreditation(
                        about(doc),
                        AccreditationLevel.valueOf(doc.getString("level")),
                        date(doc),
                        district(doc),
                        source(doc));
            case DISPATCH_HELD ->
                new DispatchMeeting(
                        about(doc),
                        date(doc),
                        DispatchChair.valueOf(doc.getString("chair")),
                        doc.getList("parkIds", String.class, List.of()),
                        Set.of(),
                        source(doc));
        };
    }
}
