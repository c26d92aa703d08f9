package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fund invested {@code amount} yuan (exact, at most two decimals) in a project. */
public record FundProjectInvested(String projectId, LocalDate investedOn, BigDecimal amount, Industry industry)
        implements FundProjectEvent {}
