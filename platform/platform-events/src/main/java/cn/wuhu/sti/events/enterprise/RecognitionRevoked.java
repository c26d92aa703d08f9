package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/**
 * A recognition was revoked (撤销): it is not valid from {@code revokedOn} on, although its certificate named a later
 * {@code validUntil}. A firm revoked on or before 31 December does not count in that year's total of the tier.
 */
public record RecognitionRevoked(
        String uscc, District district, Tier tier, String certificateNo, LocalDate revokedOn, String reason)
        implements EnterpriseEvent {}
