package cn.wuhu.sti.techmarket.challenge.model;

/** Where a challenge stands: published, awarded to a winner, then completed or failed. */
public enum ChallengeStage {
    PUBLISHED,
    AWARDED,
    COMPLETED,
    FAILED
}
