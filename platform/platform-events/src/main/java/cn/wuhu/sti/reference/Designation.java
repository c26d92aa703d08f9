package cn.wuhu.sti.reference;

/** What the bureau designates a firm besides its rung on the ladder. */
public enum Designation {
    /** 市级科技领军企业 */
    LEADER_MUNICIPAL("市级科技领军企业"),
    /** 省级科技领军企业 */
    LEADER_PROVINCIAL("省级科技领军企业"),
    /** 上市后备企业: the listing-reserve pool of 三库联动, until the firm is listed */
    LISTING_RESERVE("上市后备企业"),
    /** 上市企业 (股上市): a listed firm leaves the listing-reserve pool */
    LISTED("上市企业");

    private final String chineseName;

    Designation(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
