package cn.wuhu.sti.events.parks;

/** The kinds of incubation carrier (孵化载体). */
public enum CarrierKind {
    /** 孵化器 */
    INCUBATOR,
    /** 众创空间 */
    MAKER_SPACE,
    /** 中试基地 */
    PILOT_BASE
}
