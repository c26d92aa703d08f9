package cn.wuhu.sti.techmarket.scenario;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.scenario.model.Scenario;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A scenario item as the API answers it; never the stored document. */
record ScenarioView(
        String id,
        String title,
        ScenarioList list,
        Industry industry,
        LocalDate publishedOn,
        boolean landed,
        @JsonInclude(JsonInclude.Include.NON_NULL) LandingView landing) {

    record LandingView(LocalDate date, District district) {}

    static ScenarioView of(Scenario scenario) {
        return new ScenarioView(
                scenario.id(),
                scenario.title(),
                scenario.list(),
                scenario.industry(),
                scenario.publishedOn(),
                scenario.landed(),
                scenario.landing()
                        .map(l -> new LandingView(l.date(), l.district()))
                        .orElse(null));
    }
}
