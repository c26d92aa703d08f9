package cn.wuhu.sti.parks.park.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller can ask of a park, already checked for shape at the edge; areas in m². */
public final class ParkCommands {

    /** {@code plannedOn} is the day the service records the plan, from its clock. */
    public record Plan(
            String name, District district, Industry industry, BigDecimal plannedArea, LocalDate plannedOn) {}

    public record StartConstruction(LocalDate date) {}

    public record Open(LocalDate date, BigDecimal usableArea) {}

    /** The firm as typed; the park validates its USCC. */
    public record MoveIn(String uscc, String name, BigDecimal area, LocalDate movedInOn) {}

    public record MoveOut(String uscc, LocalDate date) {}

    private ParkCommands() {}
}
