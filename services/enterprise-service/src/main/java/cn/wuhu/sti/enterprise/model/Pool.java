package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/** The three linked pools of 三库联动, each a test on a firm on a day. */
public enum Pool {
    /** 高新技术企业库: a valid high-tech recognition */
    HIGH_TECH,
    /** 专精特新企业库: a valid SRDI SME or “little giant” recognition */
    SRDI,
    /** 上市后备企业库: designated listing reserve and not yet listed */
    LISTING_RESERVE;

    boolean holds(Enterprise firm, LocalDate day) {
        return switch (this) {
            case HIGH_TECH -> firm.holdsValid(Tier.HIGH_TECH, day);
            case SRDI -> firm.holdsValid(Tier.SRDI_SME, day) || firm.holdsValid(Tier.LITTLE_GIANT, day);
            case LISTING_RESERVE ->
                firm.designatedOn(Designation.LISTING_RESERVE, day) && !firm.designatedOn(Designation.LISTED, day);
        };
    }
}
