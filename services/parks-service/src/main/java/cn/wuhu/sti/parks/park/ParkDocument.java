package cn.wuhu.sti.parks.park;

import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.parks.park.model.Park;
import cn.wuhu.sti.parks.park.model.ParkStage;
import cn.wuhu.sti.parks.park.model.Tenancy;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** How a park is stored; {@code stage} repeats the history's last step so the list can filter on it. */
@Document("parks")
record ParkDocument(
        @Id String id,
        String name,
        District district,
        Industry industry,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal plannedArea,
        ParkStage stage,
        List<Step> history,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal usableArea,
        List<Lease> tenancies) {

    record Step(ParkStage stage, LocalDate date) {}

    record Lease(
            String uscc,
            String name,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal area,
            LocalDate movedInOn,
            LocalDate movedOutOn) {}

    static ParkDocument of(Park park) {
        var profile = park.profile();
        return new ParkDocument(
                park.id(),
                profile.name(),
                profile.district(),
                profile.industry(),
                profile.plannedArea(),
                park.stage(),
                park.history().stream().map(m -> new Step(m.stage(), m.date())).toList(),
                park.usableArea().orElse(null),
                park.tenancies().stream()
                        .map(t -> new Lease(
                                t.uscc().value(),
                                t.name(),
                                t.area(),
                                t.movedInOn(),
                                t.movedOutOn().orElse(null)))
                        .toList());
    }

    Park toPark() {
        return new Park(
                id,
                new Park.Profile(name, district, industry, plannedArea),
                history.stream().map(s -> new Milestone<>(s.stage(), s.date())).toList(),
                Optional.ofNullable(usableArea),
                tenancies == null
                        ? List.of()
                        : tenancies.stream()
                                .map(l -> new Tenancy(
                                        new Uscc(l.uscc()),
                                        l.name(),
                                        l.area(),
                                        l.movedInOn(),
                                        Optional.ofNullable(l.movedOutOn())))
                                .toList());
    }
}
