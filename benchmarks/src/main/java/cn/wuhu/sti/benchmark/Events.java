package cn.wuhu.sti.benchmark;

import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/** The events the benchmark writes: registrations and high-tech recognitions of numbered firms. */
final class Events {

    /** An 18-character USCC of the benchmark's own, unique per {@code run} and {@code n}. */
    static String uscc(int run, int n) {
        String serial = String.format("%02d%07d", run % 100, n);
        return "913402" + "0".repeat(18 - 6 - serial.length()) + serial;
    }

    static District district(int n) {
        return District.values()[n % District.values().length];
    }

    static EnterpriseRegistered registered(String uscc, int n) {
        return new EnterpriseRegistered(
                uscc, "芜湖基准科技有限公司" + n, district(n), Industry.ROBOTICS, LocalDate.of(2015, 5, 1));
    }

    static EnterpriseRecognized highTech(String uscc, int n, int year) {
        return new EnterpriseRecognized(
                uscc,
                district(n),
                Tier.HIGH_TECH,
                "GR" + uscc.substring(8),
                LocalDate.of(year, 3, 1),
                LocalDate.of(year + 2, 12, 31),
                false);
    }

    /** What the relay sends as the record's value (binary CloudEvents: the attributes travel as headers). */
    static int valueSize(EnterpriseRegistered event) {
        return EventCodec.toJson(event).length;
    }

    private Events() {}
}
