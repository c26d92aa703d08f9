package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A firm moved out of the park on {@code movedOutOn}, freeing the {@code area} m² it leased. */
public record TenantMovedOut(String parkId, String uscc, BigDecimal area, LocalDate movedOutOn, District district)
        implements ParkEvent {}
