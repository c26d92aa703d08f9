package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/** Events of a published technology demand (技术需求), published to {@code sti.techmarket.v1}; keyed by its id. */
public sealed interface DemandEvent extends DomainEvent permits DemandPublished {

    String demandId();

    @Override
    default String aggregateId() {
        return demandId();
    }
}
