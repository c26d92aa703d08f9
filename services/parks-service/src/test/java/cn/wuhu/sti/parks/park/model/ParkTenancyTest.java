package cn.wuhu.sti.parks.park.model;

import static cn.wuhu.sti.parks.park.model.ParkMother.OPENED_ON;
import static cn.wuhu.sti.parks.park.model.ParkMother.PARK_ID;
import static cn.wuhu.sti.parks.park.model.ParkMother.firm;
import static cn.wuhu.sti.parks.park.model.ParkMother.inUse;
import static cn.wuhu.sti.parks.park.model.ParkMother.movingIn;
import static cn.wuhu.sti.parks.park.model.ParkMother.underConstruction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParkTenancyTest {

    private static final LocalDate JULY = LocalDate.of(2023, 7, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2023, 9, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2023, 12, 1);

    @Test
    void aFirmMovesIntoAParkInUseAndCountsInTheParksDistrict() {
        var change = inUse().moveIn(movingIn(1, "2500", JULY));

        assertThat(change.aggregate().leasedArea()).isEqualByComparingTo("2500");
        assertThat(change.event())
                .isEqualTo(new TenantMovedIn(
                        PARK_ID, firm(1), "芜湖示例科技有限公司1", new BigDecimal("2500.00"), JULY, District.JIUJIANG));
    }

    @Test
    void aParkNotYetInUseTakesNoTenants() {
        assertThatThrownBy(() -> underConstruction().moveIn(movingIn(1, "10", JULY)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is UNDER_CONSTRUCTION");
    }

    @Test
    void aFirmWithAnInvalidCodeIsRefusedNamingTheField() {
        var command = new ParkCommands.MoveIn("913402007139628440", "芜湖示例", new BigDecimal("10"), JULY);

        assertThatThrownBy(() -> inUse().moveIn(command))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("uscc"));
    }

    @Test
    void aPresentTenantCannotMoveInAgain() {
        var park = inUse().moveIn(movingIn(1, "100", JULY)).aggregate();

        assertThatThrownBy(() -> park.moveIn(movingIn(1, "100", SEPTEMBER)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining(firm(1));
    }

    @Test
    void aFormerTenantMayMoveInAgain() {
        var park = inUse().moveIn(movingIn(1, "100", JULY))
                .aggregate()
                .moveOut(new ParkCommands.MoveOut(firm(1), SEPTEMBER))
                .aggregate()
                .moveIn(movingIn(1, "300", DECEMBER))
                .aggregate();

        assertThat(park.tenancies()).hasSize(2);
        assertThat(park.leasedArea()).isEqualByComparingTo("300");
    }

    @Test
    void theLastSquareMetreCanBeLeased() {
        var park = inUse().moveIn(movingIn(1, "9999.99", JULY)).aggregate();

        var full = park.moveIn(movingIn(2, "0.01", JULY)).aggregate();

        assertThat(full.leasedArea()).isEqualByComparingTo(ParkMother.USABLE_AREA);
    }

    @Test
    void moreThanTheFreeAreaIsRefusedNamingTheFreeArea() {
        var park = inUse().moveIn(movingIn(1, "9000", JULY)).aggregate();

        assertThatThrownBy(() -> park.moveIn(movingIn(2, "1000.01", JULY)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("1000.00 m² free");
    }

    @Test
    void aMoveOutFreesTheAreaForTheNextTenant() {
        var park = inUse().moveIn(movingIn(1, "9000", JULY))
                .aggregate()
                .moveOut(new ParkCommands.MoveOut(firm(1), SEPTEMBER));

        var next = park.aggregate().moveIn(movingIn(2, "10000", SEPTEMBER)).aggregate();

        assertThat(park.event())
                .isEqualTo(
                        new TenantMovedOut(PARK_ID, firm(1), new BigDecimal("9000.00"), SEPTEMBER, District.JIUJIANG));
        assertThat(next.leasedArea()).isEqualByComparingTo("10000");
    }

    @Test
    void aFirmThatIsNoTenantCannotMoveOut() {
        assertThatThrownBy(() -> inUse().moveOut(new ParkCommands.MoveOut(firm(1), JULY)))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining(firm(1));
    }

    @Test
    void aMoveDatedBeforeTheParksLastMoveIsRefusedOnItsDate() {
        var park = inUse().moveIn(movingIn(1, "100", SEPTEMBER)).aggregate();

        assertThatThrownBy(() -> park.moveIn(movingIn(2, "100", JULY)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("movedInOn"));
        assertThatThrownBy(() -> park.moveOut(new ParkCommands.MoveOut(firm(1), JULY)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void occupancyAtADateCountsTheTenantsPresentThatDay() {
        var park = inUse().moveIn(movingIn(1, "2500", JULY))
                .aggregate()
                .moveIn(movingIn(2, "1000", SEPTEMBER))
                .aggregate()
                .moveOut(new ParkCommands.MoveOut(firm(1), DECEMBER))
                .aggregate();

        assertThat(park.occupancyOn(JULY.minusDays(1))).contains(new BigDecimal("0.00"));
        assertThat(park.occupancyOn(JULY)).contains(new BigDecimal("25.00"));
        assertThat(park.occupancyOn(SEPTEMBER)).contains(new BigDecimal("35.00"));
        assertThat(park.occupancyOn(DECEMBER.minusDays(1))).contains(new BigDecimal("35.00"));
        assertThat(park.occupancyOn(DECEMBER)).contains(new BigDecimal("10.00"));
    }

    @Test
    void aParkHasNoOccupancyBeforeItWasInUse() {
        assertThat(inUse().occupancyOn(OPENED_ON.minusDays(1))).isEmpty();
        assertThat(underConstruction().occupancyOn(OPENED_ON)).isEmpty();
    }

    @Test
    void occupancyIsRoundedHalfUpToTwoDecimals() {
        var park = inUse().moveIn(movingIn(1, "0.50", JULY)).aggregate();
        var third = inUse().moveIn(movingIn(1, "3333.33", JULY)).aggregate();

        assertThat(park.occupancyOn(JULY)).contains(new BigDecimal("0.01"));
        assertThat(third.occupancyOn(JULY)).contains(new BigDecimal("33.33"));
    }
}
