package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of a project in the S&amp;T venture fund's library (科创基金投资项目库), published to {@code sti.talent.v1};
 * keyed by the project's id.
 */
public sealed interface FundProjectEvent extends DomainEvent
        permits FundProjectSourced, DueDiligenceStarted, FundProjectInvested, FundProjectRejected {

    String projectId();

    @Override
    default String aggregateId() {
        return projectId();
    }
}
