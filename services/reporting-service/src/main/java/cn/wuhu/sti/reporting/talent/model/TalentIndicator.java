package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;

/** The talent codes of the contract's indicator table, in the order they are answered. */
public enum TalentIndicator implements IndicatorCode {
    /** 新落地高层次科技人才团队 */
    TEAMS_LANDED("talent.teams.landed", "新落地高层次科技人才团队", Indicator.ITEMS, false),
    /** 人才团队新注册企业: one firm per incorporated team. */
    TEAMS_INCORPORATED("talent.teams.incorporated", "高层次科技人才团队新注册企业", Indicator.FIRMS, false),
    /** 科创基金新投资项目 */
    FUND_INVESTED_COUNT("talent.fund.invested.count", "科创基金新投资项目", Indicator.ITEMS, true),
    /** 科创基金新投资金额 */
    FUND_INVESTED_AMOUNT("talent.fund.invested.amount", "科创基金新投资金额", Indicator.YUAN, true),
    /** 创新飞地新落地项目 */
    ENCLAVE_PROJECTS_LANDED("talent.enclave.projects.landed", "创新飞地新落地项目", Indicator.ITEMS, false);

    private final String code;
    private final String chineseName;
    private final String unit;
    private final boolean cityWideOnly;

    TalentIndicator(String code, String chineseName, String unit, boolean cityWideOnly) {
        this.code = code;
        this.chineseName = chineseName;
        this.unit = unit;
        this.cityWideOnly = cityWideOnly;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public boolean cityWideOnly() {
        return cityWideOnly;
    }
}
