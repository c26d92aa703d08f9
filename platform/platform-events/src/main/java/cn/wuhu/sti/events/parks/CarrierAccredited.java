package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** A carrier was accredited at {@code level}; it counts in {@code district}, in the year of {@code accreditedOn}. */
public record CarrierAccredited(
        String carrierId,
        String name,
        CarrierKind kind,
        AccreditationLevel level,
        District district,
        LocalDate accreditedOn)
        implements CarrierEvent {}
