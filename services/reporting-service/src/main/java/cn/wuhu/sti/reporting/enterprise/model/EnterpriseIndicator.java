package cn.wuhu.sti.reporting.enterprise.model;

/** The enterprise codes of the contract's indicator table, in the order they are answered. */
public enum EnterpriseIndicator {
    HIGH_TECH_NEW("enterprise.hightech.new", "新认定高新技术企业"),
    HIGH_TECH_TOTAL("enterprise.hightech.total", "高新技术企业总数"),
    TECH_SME_NEW("enterprise.techsme.new", "新入库科技型中小企业"),
    TECH_SME_TOTAL("enterprise.techsme.total", "科技型中小企业总数"),
    SRDI_TOTAL("enterprise.srdi.total", "专精特新中小企业总数"),
    LITTLE_GIANT_TOTAL("enterprise.littlegiant.total", "专精特新“小巨人”企业总数"),
    /** 规上制造业企业研发活动未清零 */
    RD_ZERO_NO_ACTIVITY_REMAINING("enterprise.rdzero.noactivity.remaining", "规上制造业企业研发活动未清零"),
    /** 规上制造业企业研发机构未清零 */
    RD_ZERO_NO_INSTITUTION_REMAINING("enterprise.rdzero.noinstitution.remaining", "规上制造业企业研发机构未清零");

    private final String code;
    private final String chineseName;

    EnterpriseIndicator(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }
}
