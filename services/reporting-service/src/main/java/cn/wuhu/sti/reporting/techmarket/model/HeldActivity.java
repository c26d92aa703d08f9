package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Optional;

/** A matchmaking activity (科技畅聊会, 双创汇 or another) was held, in {@code place} when it names a district. */
public record HeldActivity(String activityId, LocalDate heldOn, Optional<District> place) implements TechmarketFact {

    @Override
    public LocalDate date() {
        return heldOn;
    }
}
