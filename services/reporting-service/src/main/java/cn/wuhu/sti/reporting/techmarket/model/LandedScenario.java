package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** A scenario innovation project (场景创新) landed in {@code district}. */
public record LandedScenario(
        String scenarioId, LocalDate landedOn, District district, Optional<Industry> industry, SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return landedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.of(district);
    }

    @Override
    public String subject() {
        return scenarioId;
    }
}
