package cn.wuhu.sti.reporting.statistics.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import cn.wuhu.sti.reporting.indicator.IndicatorCode.Definition;

/**
 * The codes computed from the statistics bureau's figures, in the order they are answered; city-wide figures, so a
 * district's report leaves them out.
 */
public enum StatisticsIndicator implements IndicatorCode {
    /** 研发投入强度: R&amp;D expenditure in percent of GDP. */
    RD_INTENSITY(new Definition("rd.intensity", "研发投入强度", Indicator.PERCENT, true)),
    /** 全社会研发经费 */
    RD_EXPENDITURE(new Definition("stats.rd.expenditure.amount", "全社会研发经费", Indicator.YUAN, true)),
    /** 地区生产总值 */
    GDP(new Definition("stats.gdp.amount", "地区生产总值", Indicator.YUAN, true)),
    /** 财政科技支出 */
    FISCAL_STI_SPENDING(new Definition("stats.fiscal.sti.amount", "财政科技支出", Indicator.YUAN, true));

    private final Definition definition;

    StatisticsIndicator(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
