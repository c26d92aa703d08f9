package cn.wuhu.sti.parks.platform.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformAccredited;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An innovation platform (创新平台): a key laboratory, a new R&amp;D institution, an industry innovation research
 * institute, an innovation consortium or a technology innovation centre, accredited at a level with the enterprise or
 * university behind it.
 */
public record Platform(
        String id,
        String name,
        PlatformKind kind,
        AccreditationLevel level,
        District district,
        String backer,
        LocalDate accreditedOn) {

    private static final int NAME_LENGTH = 200;

    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(backer, "backer");
        Objects.requireNonNull(accreditedOn, "accreditedOn");
    }

    public static Change<Platform, PlatformAccredited> accredit(PlatformCommands.Accredit command, String id) {
        var platform = new Platform(
                id,
                Require.text("name", command.name(), NAME_LENGTH),
                Require.present("kind", command.kind()),
                Require.present("level", command.level()),
                Require.present("district", command.district()),
                Require.text("backer", command.backer(), NAME_LENGTH),
                Require.present("accreditedOn", command.accreditedOn()));
        var event = new PlatformAccredited(
                id,
                platform.name(),
                platform.kind(),
                platform.level(),
                platform.district(),
                platform.backer(),
                platform.accreditedOn());
        return new Change<>(platform, event);
    }
}
