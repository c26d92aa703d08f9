package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import cn.wuhu.sti.reporting.indicator.IndicatorCode.Definition;

/** The tech-market codes of the contract's indicator table, in the order they are answered. */
public enum TechmarketIndicator implements IndicatorCode {
    /** 技术合同认定登记数 */
    CONTRACTS_COUNT(new Definition("techmarket.contracts.count", "技术合同认定登记数", Indicator.PROJECTS, false)),
    /** 技术合同成交额: the contract amounts. */
    CONTRACTS_AMOUNT(new Definition("techmarket.contracts.amount", "技术合同成交额", Indicator.YUAN, false)),
    /** 技术交易额: the technology-transaction part of the contract amounts. */
    TRANSACTIONS_AMOUNT(new Definition("techmarket.transactions.amount", "技术交易额", Indicator.YUAN, false)),
    /** 发布科技成果 */
    ACHIEVEMENTS_PUBLISHED(new Definition("techmarket.achievements.published", "发布科技成果", Indicator.PROJECTS, false)),
    /** 科技成果供需对接 */
    MATCHES_COUNT(new Definition("techmarket.matches.count", "科技成果供需对接", Indicator.TIMES, false)),
    /** “揭榜挂帅”项目揭榜 */
    CHALLENGES_AWARDED(new Definition("techmarket.challenges.awarded", "“揭榜挂帅”项目揭榜", Indicator.PROJECTS, true)),
    /** “揭榜挂帅”项目揭榜金额 */
    CHALLENGES_AWARDED_AMOUNT(
            new Definition("techmarket.challenges.awarded.amount", "“揭榜挂帅”项目揭榜金额", Indicator.YUAN, true)),
    /** 场景创新项目落地 */
    SCENARIOS_LANDED(new Definition("techmarket.scenarios.landed", "场景创新项目落地", Indicator.ITEMS, false)),
    /** 科技计划项目立项 */
    PROGRAMME_PROJECTS(new Definition("techmarket.programme.projects", "科技计划项目立项", Indicator.PROJECTS, false)),
    /** 科技计划项目财政资助 */
    PROGRAMME_PUBLIC_FUNDING(
            new Definition("techmarket.programme.publicfunding.amount", "科技计划项目财政资助金额", Indicator.YUAN, false)),
    /** 科技计划项目企业自筹投入 */
    PROGRAMME_SELF_INVESTMENT(
            new Definition("techmarket.programme.selfinvestment.amount", "科技计划项目企业自筹投入", Indicator.YUAN, false)),
    /** 科技对接活动: city-leader forums, innovation fairs and others. */
    ACTIVITIES_COUNT(new Definition("techmarket.activities.count", "科技成果对接活动", Indicator.TIMES, false));

    private final Definition definition;

    TechmarketIndicator(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
