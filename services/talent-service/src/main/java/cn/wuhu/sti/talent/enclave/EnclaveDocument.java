package cn.wuhu.sti.talent.enclave;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.enclave.model.Enclave;
import cn.wuhu.sti.talent.enclave.model.EnclaveProject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an enclave is stored, its projects inside it. */
@Document("enclaves")
record EnclaveDocument(@Id String id, String name, String city, LocalDate openedOn, List<Project> projects) {

    /** A project; {@code landedOn} and {@code landedDistrict} are both set once it landed. */
    record Project(
            String id,
            String name,
            Industry industry,
            LocalDate incubatedOn,
            LocalDate landedOn,
            District landedDistrict) {

        static Project of(EnclaveProject project) {
            var landing = project.landing();
            return new Project(
                    project.id(),
                    project.name(),
                    project.industry(),
                    project.incubatedOn(),
                    landing.map(EnclaveProject.Landing::date).orElse(null),
                    landing.map(EnclaveProject.Landing::district).orElse(null));
        }

        EnclaveProject toProject() {
            return new EnclaveProject(
                    id,
                    name,
                    industry,
                    incubatedOn,
                    Optional.ofNullable(landedOn).map(date -> new EnclaveProject.Landing(date, landedDistrict)));
        }
    }

    static EnclaveDocument of(Enclave enclave) {
        return new EnclaveDocument(
                enclave.id(),
                enclave.name(),
                enclave.city(),
                enclave.openedOn(),
                enclave.projects().stream().map(Project::of).toList());
    }

    Enclave toEnclave() {
        return new Enclave(
                id,
                name,
                city,
                openedOn,
                projects == null
                        ? List.of()
                        : projects.stream().map(Project::toProject).toList());
    }
}
