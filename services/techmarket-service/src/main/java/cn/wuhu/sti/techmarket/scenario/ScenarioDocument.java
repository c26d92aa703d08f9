package cn.wuhu.sti.techmarket.scenario;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.scenario.model.Scenario;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a scenario is stored; a landing is its date and district, both absent until it lands. */
@Document("scenarios")
record ScenarioDocument(
        @Id String id,
        String title,
        ScenarioList list,
        Industry industry,
        LocalDate publishedOn,
        LocalDate landedOn,
        District landedDistrict) {

    static ScenarioDocument of(Scenario scenario) {
        var landing = scenario.landing();
        return new ScenarioDocument(
                scenario.id(),
                scenario.title(),
                scenario.list(),
                scenario.industry(),
                scenario.publishedOn(),
                landing.map(Scenario.Landing::date).orElse(null),
                landing.map(Scenario.Landing::district).orElse(null));
    }

    Scenario toScenario() {
        return new Scenario(
                id,
                title,
                list,
                industry,
                publishedOn,
                Optional.ofNullable(landedOn).map(date -> new Scenario.Landing(date, landedDistrict)));
    }
}
