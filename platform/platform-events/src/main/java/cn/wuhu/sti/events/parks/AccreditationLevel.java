package cn.wuhu.sti.events.parks;

/** The level a carrier or platform is accredited at, declared lowest first, so a raise compares upwards. */
public enum AccreditationLevel {
    /** 市级 */
    MUNICIPAL,
    /** 省级 */
    PROVINCIAL,
    /** 国家级 */
    NATIONAL;

    /** What the provincial-or-higher indicators count. */
    public boolean isProvincialOrHigher() {
        return compareTo(PROVINCIAL) >= 0;
    }
}
