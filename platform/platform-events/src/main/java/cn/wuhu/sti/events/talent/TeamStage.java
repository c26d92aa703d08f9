package cn.wuhu.sti.events.talent;

/**
 * Where a talent team stands: {@code SOURCED → NEGOTIATING → SIGNED → LANDED → INCORPORATED}, or {@code DROPPED}
 * from any stage before {@code INCORPORATED}. Negotiation may be skipped.
 */
public enum TeamStage {
    SOURCED,
    NEGOTIATING,
    SIGNED,
    /** 落地: the team has moved to a Wuhu district or development zone. */
    LANDED,
    /** A company is registered; the team enters the enterprise ladder as a firm. */
    INCORPORATED,
    DROPPED
}
