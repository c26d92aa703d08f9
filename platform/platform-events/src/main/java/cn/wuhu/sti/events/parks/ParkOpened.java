package cn.wuhu.sti.events.parks;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The park was completed and put into use (建成投入使用) with {@code usableArea} m² to lease (more than zero, two
 * decimals); it counts in {@code district}, in the year of {@code openedOn}, and is in use from then on.
 */
public record ParkOpened(String parkId, LocalDate openedOn, BigDecimal usableArea, District district)
        implements ParkEvent {}
