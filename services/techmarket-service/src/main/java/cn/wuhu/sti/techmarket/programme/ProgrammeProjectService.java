package cn.wuhu.sti.techmarket.programme;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.programme.model.ProgrammeProject;
import cn.wuhu.sti.techmarket.programme.model.ProgrammeProjectCommands;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Approves programme projects: the project checks its terms, the store keeps it and its event in one write. */
@Service
class ProgrammeProjectService {

    private final AggregateStore<ProgrammeProjectDocument> projects;
    private final IdGenerator ids;

    ProgrammeProjectService(AggregateStores stores, IdGenerator ids) {
        this.projects = stores.of(ProgrammeProjectDocument.class, "programme project");
        this.ids = ids;
    }

    ProgrammeProject approve(ProgrammeProjectCommands.Approve command) {
        var approved = ProgrammeProject.approve(command, ids.generateId().toString());
        var project = approved.aggregate();
        projects.insert(project.id(), ProgrammeProjectDocument.of(project), List.of(approved.event()));
        return project;
    }

    ProgrammeProject find(String id) {
        return projects.get(id).toProject();
    }

    /** Projects of a kind, in a district, approved in a year; each criterion optional. */
    Page<ProgrammeProject> search(ProgrammeKind kind, District district, Integer year, Pageable page) {
        var query = new Query();
        if (kind != null) {
            query.addCriteria(where("kind").is(kind));
        }
        if (district != null) {
            query.addCriteria(where("district").is(district));
        }
        if (year != null) {
            query.addCriteria(where("approvedOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1)));
        }
        return projects.page(query, page).map(ProgrammeProjectDocument::toProject);
    }
}
