package cn.wuhu.sti.events.techmarket;

import java.math.BigDecimal;

/** The two lists of the open-competition challenges, each with the most a winner may be awarded, in yuan. */
public enum ChallengeCategory {
    /** 关键核心技术攻关, up to 10,000,000 yuan */
    KEY_CORE_TECH(new BigDecimal("10000000")),
    /** 重大科技成果工程化, up to 5,000,000 yuan */
    MAJOR_ACHIEVEMENT(new BigDecimal("5000000"));

    private final BigDecimal cap;

    ChallengeCategory(BigDecimal cap) {
        this.cap = cap;
    }

    /** The largest award of the category, in yuan. */
    public BigDecimal cap() {
        return cap;
    }
}
