package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** A talent team landed (落地) in {@code district}. */
public record TeamLanding(String teamId, LocalDate landedOn, District district) implements LocatedFact {

    @Override
    public LocalDate date() {
        return landedOn;
    }
}
