package cn.wuhu.sti.talent.fund.model;

import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller can ask of a project in the fund's library, already checked for shape at the edge. */
public final class FundProjectCommands {

    public record Source(String name, Industry industry, LocalDate sourcedOn) {}

    /** A move that needs only its date: starting due diligence. */
    public record Move(LocalDate date) {}

    /** {@code amount} in yuan, exact. */
    public record Invest(LocalDate date, BigDecimal amount) {}

    public record Reject(LocalDate date, String reason) {}

    private FundProjectCommands() {}
}
