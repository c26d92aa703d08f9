package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import java.util.Optional;

/** A talent fact that a district filter counts in the district it names. */
public sealed interface LocatedFact extends TalentFact permits TeamLanding, TeamIncorporation, EnclaveProjectLanding {

    District district();

    @Override
    default Optional<District> place() {
        return Optional.of(district());
    }
}
