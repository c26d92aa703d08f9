package cn.wuhu.sti.parks.park.model;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Parks at each stage, and firms to move into them. */
final class ParkMother {

    static final String PARK_ID = "park-0001";
    static final LocalDate PLANNED_ON = LocalDate.of(2023, 1, 16);
    static final LocalDate STARTED_ON = LocalDate.of(2023, 3, 8);
    static final LocalDate OPENED_ON = LocalDate.of(2023, 6, 30);
    static final BigDecimal USABLE_AREA = new BigDecimal("10000.00");

    static ParkCommands.Plan planning() {
        return new ParkCommands.Plan(
                "芜湖机器人产业园", District.JIUJIANG, Industry.ROBOTICS, new BigDecimal("12000.00"), PLANNED_ON);
    }

    static Park planned() {
        return Park.plan(planning(), PARK_ID).aggregate();
    }

    static Park underConstruction() {
        return planned()
                .startConstruction(new ParkCommands.StartConstruction(STARTED_ON))
                .aggregate();
    }

    static Park inUse() {
        return underConstruction()
                .open(new ParkCommands.Open(OPENED_ON, USABLE_AREA))
                .aggregate();
    }

    /** The n-th of a run of valid codes, each with its check character. */
    static String firm(int n) {
        String first17 = "91340200" + String.format("%09d", n);
        return first17 + Uscc.checkCharacterOf(first17);
    }

    static ParkCommands.MoveIn movingIn(int firm, String area, LocalDate on) {
        return new ParkCommands.MoveIn(firm(firm), "芜湖示例科技有限公司" + firm, new BigDecimal(area), on);
    }

    private ParkMother() {}
}
