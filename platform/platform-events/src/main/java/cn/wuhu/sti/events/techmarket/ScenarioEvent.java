package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of a scenario innovation item (场景创新), published to {@code sti.techmarket.v1}; keyed by the scenario's
 * id. An item is published on a list and lands at most once, in a district.
 */
public sealed interface ScenarioEvent extends DomainEvent permits ScenarioPublished, ScenarioLanded {

    String scenarioId();

    @Override
    default String aggregateId() {
        return scenarioId();
    }
}
