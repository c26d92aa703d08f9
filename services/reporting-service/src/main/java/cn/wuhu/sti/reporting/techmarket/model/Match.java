package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** An achievement was matched (对接) with a demand, in {@code place} when it names a district. */
public record Match(String matchId, LocalDate matchedOn, Optional<District> place, SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return matchedOn;
    }

    @Override
    public String subject() {
        return matchId;
    }
}
