package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Firms, recognitions and reports for tests, each with a fresh valid USCC. */
public final class EnterpriseMother {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public static String freshUscc() {
        String body = String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        String first17 = "91340200" + body;
        return first17 + Uscc.checkCharacterOf(first17);
    }

    public static Enterprise registeredFirm() {
        return Enterprise.register(new EnterpriseCommands.Register(
                        new Uscc(freshUscc()),
                        "芜湖测试科技有限公司",
                        District.JIUJIANG,
                        Industry.ROBOTICS,
                        LocalDate.of(2018, 5, 20)))
                .enterprise();
    }

    public static EnterpriseCommands.Recognize highTech(String certificateNo, LocalDate from, LocalDate until) {
        return new EnterpriseCommands.Recognize(Tier.HIGH_TECH, certificateNo, from, until);
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
