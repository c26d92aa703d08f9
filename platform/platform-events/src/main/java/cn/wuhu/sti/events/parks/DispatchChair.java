package cn.wuhu.sti.events.parks;

/** Who chaired a dispatch meeting. */
public enum DispatchChair {
    /** 市领导 */
    CITY_LEADER,
    /** 市科技局 */
    BUREAU
}
