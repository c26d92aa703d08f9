package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of an open-competition challenge (揭榜挂帅, the 赤铸之光 programme), published to {@code sti.techmarket.v1};
 * keyed by the challenge's id. A challenge is published, awarded once, then completed or failed.
 */
public sealed interface ChallengeEvent extends DomainEvent
        permits ChallengePublished, ChallengeAwarded, ChallengeCompleted {

    String challengeId();

    @Override
    default String aggregateId() {
        return challengeId();
    }
}
