package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/**
 * A recognition ran out: {@code validUntil} was its last day and {@code expiredOn}, the day after, is the first on
 * which it no longer holds. Published once per recognition when that day arrives by the service's clock (never for a
 * recognition revoked before), so a subscriber learns of it without computing dates.
 */
public record RecognitionExpired(
        String uscc, District district, Tier tier, String certificateNo, LocalDate validUntil, LocalDate expiredOn)
        implements EnterpriseEvent {}
