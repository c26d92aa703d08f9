package cn.wuhu.sti.parks.carrier;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.parks.carrier.model.Carrier;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.List;

/** A carrier as the API answers it: its level now, when it was first accredited, and every level it held. */
record CarrierView(
        String id,
        String name,
        CarrierKind kind,
        District district,
        AccreditationLevel level,
        LocalDate accreditedOn,
        List<Step> levels) {

    record Step(AccreditationLevel level, LocalDate date) {}

    static CarrierView of(Carrier carrier) {
        var profile = carrier.profile();
        return new CarrierView(
                carrier.id(),
                profile.name(),
                profile.kind(),
                profile.district(),
                carrier.level(),
                carrier.levels().get(0).date(),
                carrier.levels().stream()
                        .map(m -> new Step(m.stage(), m.date()))
                        .toList());
    }
}
