package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A certificate placing a firm on a rung of the ladder, valid from {@code recognizedOn} to {@code validUntil} unless
 * revoked before; {@code expiryAnnounced} once its expiry has been published, so it is published once.
 */
public record Recognition(
        Tier tier,
        String certificateNo,
        LocalDate recognizedOn,
        LocalDate validUntil,
        Revocation revocation,
        boolean expiryAnnounced) {

    /** 撤销: not valid from {@code on}, for {@code reason}. */
    public record Revocation(LocalDate on, String reason) {}

    public Recognition {
        if (validUntil.isBefore(recognizedOn)) {
            throw new RuleViolation("validUntil", "must not be before recognizedOn");
        }
    }

    static Recognition granted(EnterpriseCommands.Recognize command) {
        return new Recognition(
                command.tier(), command.certificateNo(), command.recognizedOn(), command.validUntil(), null, false);
    }

    /** Both the first and the last day count; from the day of a revocation on it does not. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(recognizedOn)
                && !day.isAfter(validUntil)
                && revokedOn().map(day::isBefore).orElse(true);
    }

    public Optional<LocalDate> revokedOn() {
        return revoked().map(Revocation::on);
    }

    public Optional<Revocation> revoked() {
        return Optional.ofNullable(revocation);
    }

    /** The first day it no longer holds by its own term. */
    public LocalDate expiresOn() {
        return validUntil.plusDays(1);
    }

    /** Ran out by {@code today} and was still valid on its last day, so its expiry is news nobody has had yet. */
    boolean expiryDue(LocalDate today) {
        return !expiryAnnounced && !today.isBefore(expiresOn()) && isValidOn(validUntil);
    }

    Recognition revokedFrom(Revocation revoked) {
        return new Recognition(tier, certificateNo, recognizedOn, validUntil, revoked, expiryAnnounced);
    }

    Recognition withExpiryAnnounced() {
        return new Recognition(tier, certificateNo, recognizedOn, validUntil, revocation, true);
    }
}
