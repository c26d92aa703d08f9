package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of an incubation carrier (孵化载体): an incubator, a maker space or a pilot-scale base, published to
 * {@code sti.parks.v1}; keyed by the carrier's id. A carrier is accredited at a level, which may later be raised.
 */
public sealed interface CarrierEvent extends DomainEvent permits CarrierAccredited, CarrierLevelRaised {

    String carrierId();

    @Override
    default String aggregateId() {
        return carrierId();
    }
}
