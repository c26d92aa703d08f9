package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A firm moved out of a park, freeing the {@code area} m² it leased; the area is free again on {@code movedOutOn}
 * (as the parks service's tenancy has it), so a move-out dated 31 December frees it at that year's end.
 */
public record TenantMoveOut(
        String parkId, String uscc, LocalDate movedOutOn, District district, BigDecimal area, SourceEvent source)
        implements ParkFact {

    @Override
    public LocalDate date() {
        return movedOutOn;
    }

    @Override
    public String subject() {
        return uscc;
    }
}
