package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of an innovation park (创新园区), published to {@code sti.parks.v1}; keyed by the park's id. A park goes
 * {@code PLANNED → UNDER_CONSTRUCTION → IN_USE}, and firms move in and out of a park in use. Every event names the
 * park's district, where the park and its tenants count.
 */
public sealed interface ParkEvent extends DomainEvent
        permits ParkPlanned, ParkConstructionStarted, ParkOpened, TenantMovedIn, TenantMovedOut {

    String parkId();

    @Override
    default String aggregateId() {
        return parkId();
    }
}
