package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/** A certificate on a rung of the ladder, identified by tier and certificate number. */
public record Recognition(Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil) {

    /** Valid from {@code recognizedOn} to {@code validUntil}, both days included. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(recognizedOn) && !day.isAfter(validUntil);
    }
}
