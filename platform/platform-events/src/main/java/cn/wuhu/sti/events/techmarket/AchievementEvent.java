package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/** Events of a published S&amp;T achievement (科技成果), published to {@code sti.techmarket.v1}; keyed by its id. */
public sealed interface AchievementEvent extends DomainEvent permits AchievementPublished {

    String achievementId();

    @Override
    default String aggregateId() {
        return achievementId();
    }
}
