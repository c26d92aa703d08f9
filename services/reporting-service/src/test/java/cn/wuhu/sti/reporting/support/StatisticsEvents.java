package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.events.statistics.StatisticsReported;
import java.math.BigDecimal;

/** Object Mother of statistics events, as the statistics bureau would publish them; each test owns its years. */
public final class StatisticsEvents {

    public static StatisticsReported reported(int year, int revision, String gdp, String rdExpenditure, String fiscal) {
        return new StatisticsReported(
                year, revision, new BigDecimal(gdp), new BigDecimal(rdExpenditure), new BigDecimal(fiscal));
    }

    /** The seed's 2023: 169.4亿 of R&amp;D in a GDP of 4,505亿 (3.76 %), 78.2亿 of fiscal S&amp;T spending. */
    public static StatisticsReported seed2023(int year, int revision) {
        return reported(year, revision, "450500000000.00", "16940000000.00", "7820000000.00");
    }

    private StatisticsEvents() {}
}
