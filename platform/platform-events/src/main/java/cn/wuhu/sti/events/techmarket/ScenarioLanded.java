package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** A scenario project landed (落地) in {@code district}; it counts there, in the year of {@code landedOn}. */
public record ScenarioLanded(
        String scenarioId, LocalDate landedOn, District district, ScenarioList list, Industry industry)
        implements ScenarioEvent {}
