package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A certificate on a rung of the ladder, identified by tier and certificate number. A revocation (撤销认定) ends it
 * early: it is not valid from {@code revokedOn} on.
 */
public record Recognition(
        Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil, Optional<LocalDate> revokedOn) {

    public Recognition(Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil) {
        this(tier, certificateNo, recognizedOn, validUntil, Optional.empty());
    }

    /** The same certificate, revoked on {@code day}; of two revocations the earlier stands. */
    public Recognition revokedAsOf(LocalDate day) {
        LocalDate first = revokedOn.filter(earlier -> earlier.isBefore(day)).orElse(day);
        return new Recognition(tier, certificateNo, recognizedOn, validUntil, Optional.of(first));
    }

    /** Valid from {@code recognizedOn} to {@code validUntil}, both days included, but not from the day it is revoked. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(recognizedOn)
                && !day.isAfter(validUntil)
                && revokedOn.map(day::isBefore).orElse(true);
    }

    public boolean revokedIn(int year) {
        return revokedOn.filter(day -> day.getYear() == year).isPresent();
    }
}
