package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of an S&amp;T programme project (科技计划项目), published to {@code sti.techmarket.v1}; keyed by the
 * project's id.
 */
public sealed interface ProgrammeProjectEvent extends DomainEvent permits ProgrammeProjectApproved {

    String projectId();

    @Override
    default String aggregateId() {
        return projectId();
    }
}
