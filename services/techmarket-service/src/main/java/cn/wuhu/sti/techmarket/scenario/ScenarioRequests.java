package cn.wuhu.sti.techmarket.scenario;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.scenario.model.ScenarioCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the scenario API, as the contract names their fields. */
final class ScenarioRequests {

    record PublishRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull ScenarioList list,
            @NotNull Industry industry,
            @NotNull LocalDate publishedOn) {

        ScenarioCommands.Publish toCommand() {
            return new ScenarioCommands.Publish(title, list, industry, publishedOn);
        }
    }

    record LandRequest(@NotNull LocalDate date, @NotNull District district) {

        ScenarioCommands.Land toCommand() {
            return new ScenarioCommands.Land(date, district);
        }
    }

    private ScenarioRequests() {}
}
