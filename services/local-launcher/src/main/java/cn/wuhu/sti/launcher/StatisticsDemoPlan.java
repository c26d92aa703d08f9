package cn.wuhu.sti.launcher;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics bureau's figures of 2022 and 2023 (统计数据), posted to reporting as the bureau would, so that
 * reporting computes the R&amp;D intensity rather than having it typed in.
 *
 * <p>The seed's figures (seed/wuhu-sti-bureau-2023-work-report.txt): in 2023 全社会研发经费 169.4亿 =
 * 16,940,000,000 yuan at 3.76 % of GDP, 0.28 points above 2022 (so 3.48 % in 2022); 财政科技支出 78.2亿 =
 * 7,820,000,000 yuan, +7.04 % on 2022. Derived here, as round figures giving exactly those: GDP 2023 4,505亿 (169.4亿
 * / 4,505亿 = 3.7602 %, 3.76 to two decimals); GDP 2022 4,300亿 and R&amp;D 2022 149.64亿 (3.4800 % exactly); fiscal
 * S&amp;T spending 2022 73.0568亿 (78.2亿 / 73.0568亿 = 1.0704000, +7.04 % to four decimals, not merely rounded).
 */
final class StatisticsDemoPlan {

    static final BigDecimal GDP_2022 = new BigDecimal("430000000000");
    static final BigDecimal RD_EXPENDITURE_2022 = new BigDecimal("14964000000");
    static final BigDecimal FISCAL_STI_SPENDING_2022 = new BigDecimal("7305680000");
    static final BigDecimal GDP_2023 = new BigDecimal("450500000000");
    static final BigDecimal RD_EXPENDITURE_2023 = new BigDecimal("16940000000");
    static final BigDecimal FISCAL_STI_SPENDING_2023 = new BigDecimal("7820000000");
    static final BigDecimal RD_INTENSITY_2023 = new BigDecimal("3.76");

    private static final String PATH = "/api/reports/statistics";

    private final List<DemoItem> reports = List.of(
            report(2022, GDP_2022, RD_EXPENDITURE_2022, FISCAL_STI_SPENDING_2022),
            report(2023, GDP_2023, RD_EXPENDITURE_2023, FISCAL_STI_SPENDING_2023));

    static StatisticsDemoPlan generate() {
        return new StatisticsDemoPlan();
    }

    List<DemoItem> reports() {
        return reports;
    }

    /** What reporting shows for 2023 once it has read the bureau's report of the year. */
    Map<String, BigDecimal> expected2023() {
        return Map.of(
                "rd.intensity", RD_INTENSITY_2023,
                "stats.rd.expenditure.amount", RD_EXPENDITURE_2023,
                "stats.gdp.amount", GDP_2023,
                "stats.fiscal.sti.amount", FISCAL_STI_SPENDING_2023);
    }

    void loadWith(DemoLoader loader) {
        loader.load(reports);
    }

    private static DemoItem report(int year, BigDecimal gdp, BigDecimal rdExpenditure, BigDecimal fiscalStiSpending) {
        var body = new LinkedHashMap<String, Object>();
        body.put("year", year);
        body.put("gdp", gdp);
        body.put("rdExpenditure", rdExpenditure);
        body.put("fiscalStiSpending", fiscalStiSpending);
        return DemoItem.created(PATH, body);
    }
}
