package cn.wuhu.sti.parks.carrier;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.parks.carrier.model.CarrierCommands;
import cn.wuhu.sti.reference.District;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the carrier API, as the contract names their fields. */
final class CarrierRequests {

    record AccreditRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull CarrierKind kind,
            @NotNull AccreditationLevel level,
            @NotNull District district,
            @NotNull LocalDate accreditedOn) {

        CarrierCommands.Accredit toCommand() {
            return new CarrierCommands.Accredit(name, kind, level, district, accreditedOn);
        }
    }

    record RaiseRequest(
            @NotNull AccreditationLevel level, @NotNull LocalDate date) {

        CarrierCommands.RaiseLevel toCommand() {
            return new CarrierCommands.RaiseLevel(level, date);
        }
    }

    private CarrierRequests() {}
}
