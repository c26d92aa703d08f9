package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** A talent team landed (落地) in {@code district}. */
public record TeamLanding(
        String teamId, LocalDate landedOn, District district, Optional<Industry> industry, SourceEvent source)
        implements LocatedFact {

    @Override
    public LocalDate date() {
        return landedOn;
    }

    @Override
    public String subject() {
        return teamId;
    }
}
