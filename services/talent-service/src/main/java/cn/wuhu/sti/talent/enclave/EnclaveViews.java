package cn.wuhu.sti.talent.enclave;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.enclave.model.Enclave;
import cn.wuhu.sti.talent.enclave.model.EnclaveProject;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** The response bodies of the enclave API; never the stored documents. */
final class EnclaveViews {

    record EnclaveView(String id, String name, String city, LocalDate openedOn, List<ProjectView> projects) {

        static EnclaveView of(Enclave enclave) {
            return new EnclaveView(
                    enclave.id(),
                    enclave.name(),
                    enclave.city(),
                    enclave.openedOn(),
                    enclave.projects().stream()
                            .map(p -> ProjectView.of(enclave.id(), p))
                            .toList());
        }
    }

    record ProjectView(
            String id,
            String enclaveId,
            String name,
            Industry industry,
            LocalDate incubatedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate landedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) District landedDistrict) {

        static ProjectView of(String enclaveId, EnclaveProject project) {
            var landing = project.landing();
            return new ProjectView(
                    project.id(),
                    enclaveId,
                    project.name(),
                    project.industry(),
                    project.incubatedOn(),
                    landing.map(EnclaveProject.Landing::date).orElse(null),
                    landing.map(EnclaveProject.Landing::district).orElse(null));
        }
    }

    private EnclaveViews() {}
}
