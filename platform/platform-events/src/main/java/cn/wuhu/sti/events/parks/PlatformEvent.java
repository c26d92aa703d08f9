package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.events.DomainEvent;

/** Events of an innovation platform (创新平台), published to {@code sti.parks.v1}; keyed by the platform's id. */
public sealed interface PlatformEvent extends DomainEvent permits PlatformAccredited {

    String platformId();

    @Override
    default String aggregateId() {
        return platformId();
    }
}
