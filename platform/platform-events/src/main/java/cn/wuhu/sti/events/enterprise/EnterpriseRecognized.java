package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;

/**
 * A firm was recognized on a rung of the ladder, valid from {@code recognizedOn} to {@code validUntil}, both days
 * included. {@code renewal} tells whether, as far as the register knew when this was recorded, the firm already held
 * a valid recognition of the tier the day before; a certificate entered later with an earlier date does not change
 * it. Subscribers that count "new" firms should work it out from the recognitions they have seen, as reporting does.
 */
public record EnterpriseRecognized(
        String uscc,
        District district,
        Tier tier,
        String certificateNo,
        LocalDate recognizedOn,
        LocalDate validUntil,
        boolean renewal)
        implements EnterpriseEvent {}
