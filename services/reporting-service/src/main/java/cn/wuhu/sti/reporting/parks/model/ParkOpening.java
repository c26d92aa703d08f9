package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A park was put into use (建成投入使用) with {@code usableArea} m² to lease; it is in use from then on. */
public record ParkOpening(
        String parkId, LocalDate openedOn, District district, BigDecimal usableArea, SourceEvent source)
        implements ParkFact {

    @Override
    public LocalDate date() {
        return openedOn;
    }

    @Override
    public String subject() {
        return parkId;
    }
}
