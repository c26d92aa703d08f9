package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** A landed team registered its company; {@code district} is where the team landed. */
public record TeamIncorporation(
        String teamId, LocalDate incorporatedOn, District district, Optional<Industry> industry, SourceEvent source)
        implements LocatedFact {

    @Override
    public LocalDate date() {
        return incorporatedOn;
    }

    @Override
    public String subject() {
        return teamId;
    }
}
