package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/** Construction of the park started (开工); it counts in {@code district}, in the year of {@code startedOn}. */
public record ParkConstructionStarted(String parkId, LocalDate startedOn, District district) implements ParkEvent {}
