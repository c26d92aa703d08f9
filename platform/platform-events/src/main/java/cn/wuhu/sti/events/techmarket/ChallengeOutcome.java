package cn.wuhu.sti.events.techmarket;

/** How an awarded challenge ended. */
public enum ChallengeOutcome {
    COMPLETED,
    FAILED
}
