package cn.wuhu.sti.talent.enclave.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A project an enclave incubates; it lands at most once, in a district of Wuhu, no earlier than it was incubated. */
public record EnclaveProject(
        String id, String name, Industry industry, LocalDate incubatedOn, Optional<Landing> landing) {

    public record Landing(LocalDate date, District district) {}

    public EnclaveProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incubatedOn, "incubatedOn");
        Objects.requireNonNull(landing, "landing");
        if (landing.isPresent() && landing.get().date().isBefore(incubatedOn)) {
            throw new IllegalArgumentException("Project " + id + " cannot land before it was incubated");
        }
    }

    public boolean landed() {
        return landing.isPresent();
    }
}
