package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** A scenario was published on the capability or the opportunity list. */
public record ScenarioPublished(
        String scenarioId, String title, ScenarioList list, Industry industry, LocalDate publishedOn)
        implements ScenarioEvent {}
