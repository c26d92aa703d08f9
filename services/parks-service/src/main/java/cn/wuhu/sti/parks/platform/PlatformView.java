package cn.wuhu.sti.parks.platform;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.parks.platform.model.Platform;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** An innovation platform as the API answers it; never the stored document. */
record PlatformView(
        String id,
        String name,
        PlatformKind kind,
        AccreditationLevel level,
        District district,
        String backer,
        LocalDate accreditedOn) {

    static PlatformView of(Platform platform) {
        return new PlatformView(
                platform.id(),
                platform.name(),
                platform.kind(),
                platform.level(),
                platform.district(),
                platform.backer(),
                platform.accreditedOn());
    }
}
