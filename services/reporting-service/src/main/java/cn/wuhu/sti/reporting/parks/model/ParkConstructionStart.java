package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;

/** Construction of a park started (开工). */
public record ParkConstructionStart(String parkId, LocalDate startedOn, District district, SourceEvent source)
        implements ParkFact {

    @Override
    public LocalDate date() {
        return startedOn;
    }

    @Override
    public String subject() {
        return parkId;
    }
}
