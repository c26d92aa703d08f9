package cn.wuhu.sti.reference;

/** The rungs of the enterprise tiering ladder (梯度培育体系), lowest first. */
public enum Tier {
    /** 科技型中小企业, evaluated every year */
    TECH_SME("科技型中小企业"),
    /** 高新技术企业, certificate valid three years */
    HIGH_TECH("高新技术企业"),
    /** 专精特新中小企业 */
    SRDI_SME("专精特新中小企业"),
    /** 专精特新“小巨人” */
    LITTLE_GIANT("专精特新“小巨人”企业");

    private final String chineseName;

    Tier(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
