package cn.wuhu.sti.reporting.talent.model;

import java.time.LocalDate;

/** A dated fact of the talent context that a {@code talent.*} indicator counts in the year of its date. */
public sealed interface TalentFact permits LocatedFact, FundInvestment {

    LocalDate date();
}
