package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A matchmaking activity (科技畅聊会, 双创汇 or another) was held, in {@code place} and for {@code industry} when it
 * names them.
 */
public record HeldActivity(
        String activityId, LocalDate heldOn, Optional<District> place, Optional<Industry> industry, SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return heldOn;
    }

    @Override
    public String subject() {
        return activityId;
    }
}
