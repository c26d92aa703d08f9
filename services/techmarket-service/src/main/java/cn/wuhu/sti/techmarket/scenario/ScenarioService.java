package cn.wuhu.sti.techmarket.scenario;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.techmarket.scenario.model.Scenario;
import cn.wuhu.sti.techmarket.scenario.model.ScenarioCommands;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the scenario commands: the scenario decides, the store keeps its new state and event in one write. */
@Service
class ScenarioService {

    private final AggregateStore<ScenarioDocument> scenarios;
    private final IdGenerator ids;

    ScenarioService(AggregateStores stores, IdGenerator ids) {
        this.scenarios = stores.of(ScenarioDocument.class, "scenario");
        this.ids = ids;
    }

    Scenario publish(ScenarioCommands.Publish command) {
        var published = Scenario.publish(command, ids.generateId().toString());
        var scenario = published.aggregate();
        scenarios.insert(scenario.id(), ScenarioDocument.of(scenario), List.of(published.event()));
        return scenario;
    }

    Scenario land(String id, ScenarioCommands.Land command) {
        return scenarios.change(id, stored -> {
            var landed = stored.toScenario().land(command);
            var scenario = landed.aggregate();
            return new Decision<>(ScenarioDocument.of(scenario), List.of(landed.event()), scenario);
        });
    }

    Scenario find(String id) {
        return scenarios.get(id).toScenario();
    }

    /** Items of a list, landed or not; each criterion optional. */
    Page<Scenario> search(ScenarioList list, Boolean landed, Pageable page) {
        var query = new Query();
        if (list != null) {
            query.addCriteria(where("list").is(list));
        }
        if (landed != null) {
            query.addCriteria(
                    landed ? where("landedOn").ne(null) : where("landedOn").is(null));
        }
        return scenarios.page(query, page).map(ScenarioDocument::toScenario);
    }
}
