package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** A project incubated in an innovation enclave (创新飞地) moved to {@code district}. */
public record EnclaveProjectLanding(
        String enclaveId,
        String projectId,
        LocalDate landedOn,
        District district,
        Optional<Industry> industry,
        SourceEvent source)
        implements LocatedFact {

    @Override
    public LocalDate date() {
        return landedOn;
    }

    @Override
    public String subject() {
        return projectId;
    }
}
