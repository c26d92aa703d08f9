package cn.wuhu.sti.parks.platform.model;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** What a caller can ask of an innovation platform, already checked for shape at the edge. */
public final class PlatformCommands {

    /** {@code backer}: the enterprise or university behind the platform, by name. */
    public record Accredit(
            String name,
            PlatformKind kind,
            AccreditationLevel level,
            District district,
            String backer,
            LocalDate accreditedOn) {}

    private PlatformCommands() {}
}
