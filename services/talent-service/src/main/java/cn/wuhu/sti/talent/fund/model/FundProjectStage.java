package cn.wuhu.sti.talent.fund.model;

/** Where a project of the fund's library stands: sourced, under due diligence, then invested or rejected. */
public enum FundProjectStage {
    SOURCED,
    DUE_DILIGENCE,
    INVESTED,
    REJECTED
}
