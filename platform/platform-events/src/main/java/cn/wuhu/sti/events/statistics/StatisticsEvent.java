package cn.wuhu.sti.events.statistics;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of a year's statistics (统计数据) that no service owns, published to {@code sti.statistics.v1}; keyed by the
 * year as text, so the reports of one year stay in order.
 */
public sealed interface StatisticsEvent extends DomainEvent permits StatisticsReported {

    int year();

    @Override
    default String aggregateId() {
        return Integer.toString(year());
    }
}
