package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** A park was planned in {@code district}; no indicator counts it, but a dispatch meeting on it counts there. */
public record ParkPlan(String parkId, LocalDate plannedOn, District district) implements ParkFact {

    @Override
    public LocalDate date() {
        return plannedOn;
    }
}
