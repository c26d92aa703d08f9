package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import cn.wuhu.sti.reporting.indicator.IndicatorCode.Definition;

/** The enterprise codes of the contract's indicator table, in the order they are answered. */
public enum EnterpriseIndicator implements IndicatorCode {
    HIGH_TECH_NEW(firms("enterprise.hightech.new", "新认定高新技术企业")),
    HIGH_TECH_TOTAL(firms("enterprise.hightech.total", "高新技术企业总数")),
    TECH_SME_NEW(firms("enterprise.techsme.new", "新入库科技型中小企业")),
    TECH_SME_TOTAL(firms("enterprise.techsme.total", "科技型中小企业总数")),
    SRDI_TOTAL(firms("enterprise.srdi.total", "专精特新中小企业总数")),
    LITTLE_GIANT_TOTAL(firms("enterprise.littlegiant.total", "专精特新“小巨人”企业总数")),
    /** 规上制造业企业研发活动未清零 */
    RD_ZERO_NO_ACTIVITY_REMAINING(firms("enterprise.rdzero.noactivity.remaining", "规上制造业企业研发活动未清零")),
    /** 规上制造业企业研发机构未清零 */
    RD_ZERO_NO_INSTITUTION_REMAINING(firms("enterprise.rdzero.noinstitution.remaining", "规上制造业企业研发机构未清零")),
    /** 被撤销认定: recognitions, not firms, whose revocation is dated in the year. */
    REVOKED(new Definition("enterprise.revoked", "被撤销认定", Indicator.ITEMS, false)),
    /** 省级科技领军企业 */
    LEADERS_PROVINCIAL_TOTAL(firms("enterprise.leaders.provincial.total", "省级科技领军企业")),
    /** 市级科技领军企业 */
    LEADERS_MUNICIPAL_TOTAL(firms("enterprise.leaders.municipal.total", "市级科技领军企业")),
    /** 上市后备企业: designated to the reserve and not yet listed on 31 December. */
    LISTING_RESERVE_TOTAL(firms("enterprise.listingreserve.total", "上市后备企业")),
    /** 上市企业 */
    LISTED_TOTAL(firms("enterprise.listed.total", "上市企业")),
    /** 专升高: newly high-tech while holding an SRDI or little-giant recognition. */
    MOVES_SRDI_TO_HIGH_TECH(firms("enterprise.moves.srdi.hightech", "专升高")),
    /** 高升专: newly SRDI or little giant while holding a high-tech recognition. */
    MOVES_HIGH_TECH_TO_SRDI(firms("enterprise.moves.hightech.srdi", "高升专")),
    /** 规上制造业企业研发活动清零: out of the no-activity gap this year, in it by the previous report. */
    RD_ZERO_NO_ACTIVITY_CLEARED(firms("enterprise.rdzero.noactivity.cleared", "规上制造业企业研发活动清零")),
    /** 规上制造业企业研发机构清零: the same for the no-institution gap. */
    RD_ZERO_NO_INSTITUTION_CLEARED(firms("enterprise.rdzero.noinstitution.cleared", "规上制造业企业研发机构清零"));

    private final Definition definition;

    EnterpriseIndicator(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }

    private static Definition firms(String code, String chineseName) {
        return new Definition(code, chineseName, Indicator.FIRMS, false);
    }
}
