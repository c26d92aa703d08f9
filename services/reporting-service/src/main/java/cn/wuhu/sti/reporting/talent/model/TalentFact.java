package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reporting.fact.model.Fact;

/** A dated fact of the talent context that a {@code talent.*} indicator counts in the year of its date. */
public sealed interface TalentFact extends Fact permits LocatedFact, FundInvestment {}
