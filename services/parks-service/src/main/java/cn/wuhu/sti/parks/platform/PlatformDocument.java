package cn.wuhu.sti.parks.platform;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.parks.platform.model.Platform;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an innovation platform is stored. */
@Document("platforms")
record PlatformDocument(
        @Id String id,
        String name,
        PlatformKind kind,
        AccreditationLevel level,
        District district,
        String backer,
        LocalDate accreditedOn) {

    static PlatformDocument of(Platform platform) {
        return new PlatformDocument(
                platform.id(),
                platform.name(),
                platform.kind(),
                platform.level(),
                platform.district(),
                platform.backer(),
                platform.accreditedOn());
    }

    Platform toPlatform() {
        return new Platform(id, name, kind, level, district, backer, accreditedOn);
    }
}
