package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The national criteria for high-tech enterprises (《高新技术企业认定管理办法》国科发火〔2016〕32号), the rule set
 * in force when nobody has defined another. The R&amp;D share is judged on the year's report alone, where the
 * measures ask for the last three years.
 */
public final class NationalCriteria {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2016, 1, 1);

    public static RuleSet highTech() {
        BigDecimal fiftyMillion = new BigDecimal("50000000");
        BigDecimal twoHundredMillion = new BigDecimal("200000000");
        return RuleSet.recorded(new RuleSet.Definition(
                Tier.HIGH_TECH,
                EFFECTIVE_FROM,
                "高新技术企业认定管理办法（国科发火〔2016〕32号）",
                List.of(
                        Criterion.banded(
                                "rd.expense.share",
                                Measure.RD_EXPENSE_SHARE,
                                List.of(
                                        new Band(null, fiftyMillion, BigDecimal.valueOf(5)),
                                        new Band(fiftyMillion, twoHundredMillion, BigDecimal.valueOf(4)),
                                        new Band(twoHundredMillion, null, BigDecimal.valueOf(3)))),
                        Criterion.atLeast("scitech.staff.share", Measure.SCI_TECH_STAFF_SHARE, BigDecimal.valueOf(10)),
                        Criterion.atLeast(
                                "hightech.revenue.share", Measure.HIGH_TECH_REVENUE_SHARE, BigDecimal.valueOf(60)))));
    }

    private NationalCriteria() {}
}
