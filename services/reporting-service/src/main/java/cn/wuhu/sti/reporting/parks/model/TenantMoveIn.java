package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A firm moved into a park, leasing {@code area} m² from {@code movedInOn} (that day included). */
public record TenantMoveIn(
        String parkId, String uscc, LocalDate movedInOn, District district, BigDecimal area, SourceEvent source)
        implements ParkFact {

    @Override
    public LocalDate date() {
        return movedInOn;
    }

    @Override
    public String subject() {
        return uscc;
    }
}
