package cn.wuhu.sti.parks.platform;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.parks.platform.model.PlatformCommands;
import cn.wuhu.sti.reference.District;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request body of the platform API, as the contract names its fields. */
final class PlatformRequests {

    record AccreditRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull PlatformKind kind,
            @NotNull AccreditationLevel level,
            @NotNull District district,
            @NotBlank @Size(max = 200) String backer,
            @NotNull LocalDate accreditedOn) {

        PlatformCommands.Accredit toCommand() {
            return new PlatformCommands.Accredit(name, kind, level, district, backer, accreditedOn);
        }
    }

    private PlatformRequests() {}
}
