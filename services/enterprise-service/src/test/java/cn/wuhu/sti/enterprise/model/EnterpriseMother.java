package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.test.service.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Firms, recognitions and reports for tests, each with a fresh valid USCC. */
public final class EnterpriseMother {

    public static Enterprise registeredFirm() {
        return Enterprise.register(new EnterpriseCommands.Register(
                        new Uscc(TestData.freshUscc()),
                        "芜湖测试科技有限公司",
                        District.JIUJIANG,
                        Industry.ROBOTICS,
                        LocalDate.of(2018, 5, 20)))
                .enterprise();
    }

    public static EnterpriseCommands.Recognize highTech(String certificateNo, LocalDate from, LocalDate until) {
        return new EnterpriseCommands.Recognize(Tier.HIGH_TECH, certificateNo, from, until);
    }

    public static EnterpriseCommands.Recognize recognition(Tier tier, String certificateNo, String from, String until) {
        return new EnterpriseCommands.Recognize(tier, certificateNo, LocalDate.parse(from), LocalDate.parse(until));
    }

    /** An above-scale manufacturer's report with the revenue and the two things 两清零 asks about. */
    public static EnterpriseCommands.FileAnnualReport manufacturerReport(
            int year, String revenue, boolean rdActivity, boolean rdInstitution) {
        return new EnterpriseCommands.FileAnnualReport(
                year,
                new BigDecimal(revenue),
                new BigDecimal("1000000"),
                rdActivity,
                rdInstitution,
                10,
                100,
                BigDecimal.ZERO,
                true);
    }

    public static EnterpriseCommands.FileAnnualReport report(int year, String revenue, boolean rdActivity) {
        return new EnterpriseCommands.FileAnnualReport(
                year,
                new BigDecimal(revenue),
                new BigDecimal("1000000"),
                rdActivity,
                false,
                10,
                100,
                BigDecimal.ZERO,
                true);
    }

    private EnterpriseMother() {}
}
