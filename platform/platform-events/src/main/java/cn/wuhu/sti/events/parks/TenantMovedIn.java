package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A firm moved into the park, leasing {@code area} m² (more than zero, two decimals) from {@code movedInOn}; it counts
 * in the park's {@code district}, in the year of {@code movedInOn}. The park's leased area never exceeds its usable
 * area.
 */
public record TenantMovedIn(
        String parkId, String uscc, String name, BigDecimal area, LocalDate movedInOn, District district)
        implements ParkEvent {}
