package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/** Events of a matchmaking activity, published to {@code sti.techmarket.v1}; keyed by the activity's id. */
public sealed interface ActivityEvent extends DomainEvent permits MatchmakingActivityHeld {

    String activityId();

    @Override
    default String aggregateId() {
        return activityId();
    }
}
