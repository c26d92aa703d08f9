package cn.wuhu.sti.events.techmarket;

/** The kinds of matchmaking activity. */
public enum ActivityKind {
    /** 科技畅聊会, chaired by a city leader for one industry */
    CITY_LEADER_FORUM,
    /** 双创汇 */
    INNOVATION_FAIR,
    /** any other industry–university–research matchmaking event */
    OTHER
}
