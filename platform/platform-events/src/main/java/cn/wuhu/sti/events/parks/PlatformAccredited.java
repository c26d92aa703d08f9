package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/**
 * A platform was accredited at {@code level}, with {@code backer} the enterprise or university behind it (by name);
 * it counts in {@code district}, in the year of {@code accreditedOn}.
 */
public record PlatformAccredited(
        String platformId,
        String name,
        PlatformKind kind,
        AccreditationLevel level,
        District district,
        String backer,
        LocalDate accreditedOn)
        implements PlatformEvent {}
