package cn.wuhu.sti.parks.carrier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CarrierTest {

    private static final LocalDate ACCREDITED_ON = LocalDate.of(2022, 9, 20);
    private static final LocalDate RAISED_ON = LocalDate.of(2023, 12, 5);

    private static Carrier municipalMakerSpace() {
        return Carrier.accredit(accrediting(AccreditationLevel.MUNICIPAL), "carrier-0001")
                .aggregate();
    }

    private static CarrierCommands.Accredit accrediting(AccreditationLevel level) {
        return new CarrierCommands.Accredit("芜湖众创空间", CarrierKind.MAKER_SPACE, level, District.YIJIANG, ACCREDITED_ON);
    }

    @Test
    void anAccreditedCarrierCountsInItsDistrictAtItsLevel() {
        var change = Carrier.accredit(accrediting(AccreditationLevel.PROVINCIAL), "carrier-0001");

        assertThat(change.aggregate().level()).isEqualTo(AccreditationLevel.PROVINCIAL);
        assertThat(change.event())
                .isEqualTo(new CarrierAccredited(
                        "carrier-0001",
                        "芜湖众创空间",
                        CarrierKind.MAKER_SPACE,
                        AccreditationLevel.PROVINCIAL,
                        District.YIJIANG,
                        ACCREDITED_ON));
    }

    @Test
    void aRaiseRecordsTheLevelBeforeAndAfter() {
        var change =
                municipalMakerSpace().raise(new CarrierCommands.RaiseLevel(AccreditationLevel.PROVINCIAL, RAISED_ON));

        assertThat(change.aggregate().level()).isEqualTo(AccreditationLevel.PROVINCIAL);
        assertThat(change.event())
                .isEqualTo(new CarrierLevelRaised(
                        "carrier-0001",
                        CarrierKind.MAKER_SPACE,
                        AccreditationLevel.MUNICIPAL,
                        AccreditationLevel.PROVINCIAL,
                        RAISED_ON,
                        District.YIJIANG));
    }

    @Test
    void aLevelCanRiseTwiceUpToNational() {
        var carrier = municipalMakerSpace()
                .raise(new CarrierCommands.RaiseLevel(AccreditationLevel.PROVINCIAL, RAISED_ON))
                .aggregate()
                .raise(new CarrierCommands.RaiseLevel(AccreditationLevel.NATIONAL, RAISED_ON))
                .aggregate();

        assertThat(carrier.levels())
                .extracting(level -> level.stage())
                .containsExactly(
                        AccreditationLevel.MUNICIPAL, AccreditationLevel.PROVINCIAL, AccreditationLevel.NATIONAL);
    }

    @Test
    void aRaiseToTheSameLevelIsAConflictNamingTheCurrentLevel() {
        assertThatThrownBy(() -> municipalMakerSpace()
                        .raise(new CarrierCommands.RaiseLevel(AccreditationLevel.MUNICIPAL, RAISED_ON)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is MUNICIPAL");
    }

    @Test
    void aRaiseToALowerLevelIsAConflict() {
        var national = Carrier.accredit(accrediting(AccreditationLevel.NATIONAL), "carrier-0002")
                .aggregate();

        assertThatThrownBy(
                        () -> national.raise(new CarrierCommands.RaiseLevel(AccreditationLevel.PROVINCIAL, RAISED_ON)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is NATIONAL");
    }

    @Test
    void aRaiseDatedBeforeTheLastIsRefusedOnTheDate() {
        var command = new CarrierCommands.RaiseLevel(AccreditationLevel.PROVINCIAL, ACCREDITED_ON.minusDays(1));

        assertThatThrownBy(() -> municipalMakerSpace().raise(command))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void provincialAndNationalAreProvincialOrHigherAndMunicipalIsNot() {
        assertThat(AccreditationLevel.MUNICIPAL.isProvincialOrHigher()).isFalse();
        assertThat(AccreditationLevel.PROVINCIAL.isProvincialOrHigher()).isTrue();
        assertThat(AccreditationLevel.NATIONAL.isProvincialOrHigher()).isTrue();
    }
}
