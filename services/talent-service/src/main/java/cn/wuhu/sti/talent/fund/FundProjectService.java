package cn.wuhu.sti.talent.fund;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.events.talent.FundProjectEvent;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.talent.fund.model.FundProject;
import cn.wuhu.sti.talent.fund.model.FundProjectCommands;
import cn.wuhu.sti.talent.fund.model.FundProjectStage;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the fund project commands: the project decides, the store keeps its new state and event in one write. */
@Service
class FundProjectService {

    private final AggregateStore<FundProjectDocument> projects;
    private final IdGenerator ids;

    FundProjectService(AggregateStores stores, IdGenerator ids) {
        this.projects = stores.of(FundProjectDocument.class, "fund project");
        this.ids = ids;
    }

    FundProject source(FundProjectCommands.Source command) {
        var sourced = FundProject.source(command, ids.generateId().toString());
        var project = sourced.aggregate();
        projects.insert(project.id(), FundProjectDocument.of(project), List.of(sourced.event()));
        return project;
    }

    FundProject move(String id, Function<FundProject, Change<FundProject, ? extends FundProjectEvent>> move) {
        return projects.change(id, stored -> {
            var change = move.apply(stored.toFundProject());
            var project = change.aggregate();
            return new Decision<>(FundProjectDocument.of(project), List.of(change.event()), project);
        });
    }

    FundProject find(String id) {
        return projects.get(id).toFundProject();
    }

    Page<FundProject> search(FundProjectStage stage, Pageable page) {
        var query = new Query();
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        }
        return projects.page(query, page).map(FundProjectDocument::toFundProject);
    }
}
