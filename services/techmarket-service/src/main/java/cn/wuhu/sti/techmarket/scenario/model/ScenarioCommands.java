package cn.wuhu.sti.techmarket.scenario.model;

import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** What a caller can ask of a scenario innovation item, already checked for shape at the edge. */
public final class ScenarioCommands {

    public record Publish(String title, ScenarioList list, Industry industry, LocalDate publishedOn) {}

    public record Land(LocalDate date, District district) {}

    private ScenarioCommands() {}
}
