package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import cn.wuhu.sti.reporting.indicator.IndicatorCode.Definition;

/** The talent codes of the contract's indicator table, in the order they are answered. */
public enum TalentIndicator implements IndicatorCode {
    /** 新落地高层次科技人才团队 */
    TEAMS_LANDED(new Definition("talent.teams.landed", "新落地高层次科技人才团队", Indicator.ITEMS, false)),
    /** 人才团队新注册企业: one firm per incorporated team. */
    TEAMS_INCORPORATED(new Definition("talent.teams.incorporated", "高层次科技人才团队新注册企业", Indicator.FIRMS, false)),
    /** 科创基金新投资项目 */
    FUND_INVESTED_COUNT(new Definition("talent.fund.invested.count", "科创基金新投资项目", Indicator.ITEMS, true)),
    /** 科创基金新投资金额 */
    FUND_INVESTED_AMOUNT(new Definition("talent.fund.invested.amount", "科创基金新投资金额", Indicator.YUAN, true)),
    /** 创新飞地新落地项目 */
    ENCLAVE_PROJECTS_LANDED(new Definition("talent.enclave.projects.landed", "创新飞地新落地项目", Indicator.ITEMS, false));

    private final Definition definition;

    TalentIndicator(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
