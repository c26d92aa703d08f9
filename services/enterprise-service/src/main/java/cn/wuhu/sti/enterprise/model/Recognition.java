package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/** A certificate placing a firm on a rung of the ladder, valid from {@code recognizedOn} to {@code validUntil}. */
public record Recognition(Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil) {

    public Recognition {
        if (validUntil.isBefore(recognizedOn)) {
            throw new RuleViolation("validUntil", "must not be before recognizedOn");
        }
    }

    /** Both the first and the last day count. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(recognizedOn) && !day.isAfter(validUntil);
    }
}
