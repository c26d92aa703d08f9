package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A park was planned in {@code district} for one industry; no indicator counts it, but a dispatch meeting on it counts
 * there.
 */
public record ParkPlan(
        String parkId, LocalDate plannedOn, District district, Optional<Industry> industry, SourceEvent source)
        implements ParkFact {

    @Override
    public LocalDate date() {
        return plannedOn;
    }

    @Override
    public String subject() {
        return parkId;
    }
}
