package cn.wuhu.sti.events.techmarket;

/** The kinds of S&amp;T programme project. */
public enum ProgrammeKind {
    /** 常规科技计划项目 */
    REGULAR,
    /** a project of the open-competition challenges (揭榜挂帅) */
    CHALLENGE
}
