package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** A team landed (落地) in {@code district}; it counts in that district and in the year of {@code landedOn}. */
public record TeamLanded(String teamId, LocalDate landedOn, District district, Industry industry)
        implements TeamEvent {}
