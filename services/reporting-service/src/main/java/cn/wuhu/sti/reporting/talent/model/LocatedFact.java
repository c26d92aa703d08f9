package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;

/** A talent fact that a district filter counts in the district it names. */
public sealed interface LocatedFact extends TalentFact permits TeamLanding, TeamIncorporation, EnclaveProjectLanding {

    District district();
}
