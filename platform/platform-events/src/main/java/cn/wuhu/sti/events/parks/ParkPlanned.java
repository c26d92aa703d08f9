package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A park was planned for one industry, with {@code plannedArea} m² of floor area (more than zero, two decimals). */
public record ParkPlanned(
        String parkId, String name, District district, Industry industry, BigDecimal plannedArea, LocalDate plannedOn)
        implements ParkEvent {}
