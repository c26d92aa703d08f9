package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A certificate on a rung of the ladder, identified by tier and certificate number. A revocation (撤销认定) ends it
 * early: it is not valid from the day it is revoked on.
 */
public record Recognition(
        Tier tier,
        String certificateNo,
        LocalDate recognizedOn,
        LocalDate validUntil,
        Optional<SourceEvent> recordedBy,
        Optional<Revocation> revocation)
        implements Recorded {

    public Recognition(
            Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil, SourceEvent recordedBy) {
        this(tier, certificateNo, recognizedOn, validUntil, Optional.of(recordedBy), Optional.empty());
    }

    /** A recognition known without the event that recorded it, as a plan of firms has it. */
    public Recognition(Tier tier, String certificateNo, LocalDate recognizedOn, LocalDate validUntil) {
        this(tier, certificateNo, recognizedOn, validUntil, Optional.empty(), Optional.empty());
    }

    /** The same certificate, revoked; of two revocations the earlier stands. */
    public Recognition revokedBy(Revocation later) {
        Revocation first = revocation
                .filter(earlier -> !earlier.revokedOn().isAfter(later.revokedOn()))
                .orElse(later);
        return new Recognition(tier, certificateNo, recognizedOn, validUntil, recordedBy, Optional.of(first));
    }

    /** The same certificate, revoked on {@code day} by an event not known. */
    public Recognition revokedAsOf(LocalDate day) {
        return revokedBy(new Revocation(day, Optional.empty()));
    }

    public Optional<LocalDate> revokedOn() {
        return revocation.map(Revocation::revokedOn);
    }

    /** Valid from {@code recognizedOn} to {@code validUntil}, both days included, but not from the day it is revoked. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(recognizedOn)
                && !day.isAfter(validUntil)
                && revokedOn().map(day::isBefore).orElse(true);
    }

    public boolean revokedIn(int year) {
        return revokedOn().filter(day -> day.getYear() == year).isPresent();
    }

    @Override
    public LocalDate businessDate() {
        return recognizedOn;
    }
}
