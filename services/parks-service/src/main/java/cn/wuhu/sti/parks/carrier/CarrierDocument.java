package cn.wuhu.sti.parks.carrier;

import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.parks.carrier.model.Carrier;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a carrier is stored; {@code level} repeats the last of its levels so the list can filter on it. */
@Document("carriers")
record CarrierDocument(
        @Id String id, String name, CarrierKind kind, District district, AccreditationLevel level, List<Step> levels) {

    record Step(AccreditationLevel level, LocalDate date) {}

    static CarrierDocument of(Carrier carrier) {
        var profile = carrier.profile();
        return new CarrierDocument(
                carrier.id(),
                profile.name(),
                profile.kind(),
                profile.district(),
                carrier.level(),
                carrier.levels().stream()
                        .map(m -> new Step(m.stage(), m.date()))
                        .toList());
    }

    Carrier toCarrier() {
        return new Carrier(
                id,
                new Carrier.Profile(name, kind, district),
                levels.stream().map(s -> new Milestone<>(s.level(), s.date())).toList());
    }
}
