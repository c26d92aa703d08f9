package cn.wuhu.sti.parks.carrier.model;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** What a caller can ask of an incubation carrier, already checked for shape at the edge. */
public final class CarrierCommands {

    public record Accredit(
            String name, CarrierKind kind, AccreditationLevel level, District district, LocalDate accreditedOn) {}

    public record RaiseLevel(AccreditationLevel level, LocalDate date) {}

    private CarrierCommands() {}
}
