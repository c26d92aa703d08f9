package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/**
 * A carrier's level was raised from {@code from} to the higher {@code to} on {@code raisedOn}. A raise from below
 * provincial to provincial or higher counts the carrier as a new provincial-or-higher one of that year, in
 * {@code district}.
 */
public record CarrierLevelRaised(
        String carrierId,
        CarrierKind kind,
        AccreditationLevel from,
        AccreditationLevel to,
        LocalDate raisedOn,
        District district)
        implements CarrierEvent {}
