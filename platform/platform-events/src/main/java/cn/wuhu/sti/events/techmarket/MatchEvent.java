package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of a match (对接) of one achievement with one demand, published to {@code sti.techmarket.v1}; keyed by the
 * match's id, which the techmarket service derives from the pair, so a pair is matched once.
 */
public sealed interface MatchEvent extends DomainEvent permits AchievementMatched {

    String matchId();

    @Override
    default String aggregateId() {
        return matchId();
    }
}
