package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.events.DomainEvent;

/** Events of a dispatch meeting (调度) on parks, published to {@code sti.parks.v1}; keyed by the meeting's id. */
public sealed interface DispatchEvent extends DomainEvent permits DispatchHeld {

    String dispatchId();

    @Override
    default String aggregateId() {
        return dispatchId();
    }
}
