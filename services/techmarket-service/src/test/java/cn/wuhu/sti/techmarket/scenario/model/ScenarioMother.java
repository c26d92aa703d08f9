package cn.wuhu.sti.techmarket.scenario.model;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** Scenarios for tests: a low-altitude logistics item on the opportunity list, published on 20 April 2023. */
final class ScenarioMother {

    static final String ID = "scenario-0001";
    static final LocalDate PUBLISHED_ON = LocalDate.of(2023, 4, 20);
    static final LocalDate LANDED_ON = LocalDate.of(2023, 9, 8);

    static ScenarioCommands.Publish publishing() {
        return new ScenarioCommands.Publish(
                "城市低空物流配送场景", ScenarioList.OPPORTUNITY, Industry.LOW_ALTITUDE, PUBLISHED_ON);
    }

    static Scenario published() {
        return Scenario.publish(publishing(), ID).aggregate();
    }

    static Scenario landed() {
        return published().land(landing(LANDED_ON, District.WANZHI)).aggregate();
    }

    static ScenarioCommands.Land landing(LocalDate date, District district) {
        return new ScenarioCommands.Land(date, district);
    }

    private ScenarioMother() {}
}
