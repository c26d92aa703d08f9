package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of a high-level S&amp;T talent team (高层次科技人才团队), published to {@code sti.talent.v1}; keyed by the
 * team's id.
 */
public sealed interface TeamEvent extends DomainEvent
        permits TeamSourced, TeamNegotiationStarted, TeamSigned, TeamLanded, TeamIncorporated, TeamDropped {

    String teamId();

    @Override
    default String aggregateId() {
        return teamId();
    }
}
