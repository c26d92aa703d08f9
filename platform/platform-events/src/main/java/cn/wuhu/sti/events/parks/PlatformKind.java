package cn.wuhu.sti.events.parks;

/** The kinds of innovation platform. */
public enum PlatformKind {
    /** 重点实验室 */
    KEY_LAB,
    /** 新型研发机构 */
    NEW_RD_INSTITUTION,
    /** 产业创新研究院 */
    INDUSTRY_INSTITUTE,
    /** 创新联合体 */
    CONSORTIUM,
    /** 技术创新中心 */
    TECH_INNOVATION_CENTER
}
