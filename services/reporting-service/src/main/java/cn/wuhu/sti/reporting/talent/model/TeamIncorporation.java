package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** A landed team registered its company; {@code district} is where the team landed. */
public record TeamIncorporation(String teamId, LocalDate incorporatedOn, District district) implements LocatedFact {

    @Override
    public LocalDate date() {
        return incorporatedOn;
    }
}
