package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** A project incubated in an innovation enclave (创新飞地) moved to {@code district}. */
public record EnclaveProjectLanding(String enclaveId, String projectId, LocalDate landedOn, District district)
        implements LocatedFact {

    @Override
    public LocalDate date() {
        return landedOn;
    }
}
