package cn.wuhu.sti.events.techmarket;

import java.time.LocalDate;

/** An awarded challenge ended, delivered or not. */
public record ChallengeCompleted(String challengeId, LocalDate completedOn, ChallengeOutcome outcome)
        implements ChallengeEvent {}
