package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reference.District;
import java.util.Optional;

/** A fact of one park; it and its tenants count in the park's district. */
public sealed interface ParkFact extends ParksFact
        permits ParkPlan, ParkConstructionStart, ParkOpening, TenantMoveIn, TenantMoveOut {

    String parkId();

    District district();

    @Override
    default Optional<District> place() {
        return Optional.of(district());
    }
}
