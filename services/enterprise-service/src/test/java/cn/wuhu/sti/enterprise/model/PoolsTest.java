package cn.wuhu.sti.enterprise.model;

import static cn.wuhu.sti.enterprise.model.EnterpriseMother.recognition;
import static cn.wuhu.sti.enterprise.model.EnterpriseMother.registeredFirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PoolsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 12, 31);

    @Test
    void aFirmSitsInEachPoolItsRecognitionsAndDesignationsPutItIn() {
        var firm = registeredFirm();
        firm.recognize(recognition(Tier.HIGH_TECH, "GR-1", "2022-01-01", "2024-12-31"));
        firm.recognize(recognition(Tier.LITTLE_GIANT, "XJ-1", "2023-07-01", "2026-06-30"));
        firm.designate(new EnterpriseCommands.Designate(Designation.LISTING_RESERVE, LocalDate.of(2023, 3, 1)));

        assertThat(firm.poolsOn(DAY)).containsExactly(Pool.HIGH_TECH, Pool.SRDI, Pool.LISTING_RESERVE);
        assertThat(firm.poolsOn(LocalDate.of(2023, 6, 30))).containsExactly(Pool.HIGH_TECH, Pool.LISTING_RESERVE);
        assertThat(firm.poolsOn(LocalDate.of(2021, 12, 31))).isEmpty();
    }

    @Test
    void aListedFirmLeavesTheListingReservePoolAndCannotReEnterIt() {
        var firm = registeredFirm();
        firm.designate(new EnterpriseCommands.Designate(Designation.LISTING_RESERVE, LocalDate.of(2022, 1, 1)));

        var listed = firm.designate(new EnterpriseCommands.Designate(Designation.LISTED, LocalDate.of(2023, 9, 1)));

        assertThat(listed.kind()).isEqualTo(Designation.LISTED);
        assertThat(firm.poolsOn(LocalDate.of(2023, 8, 31))).containsExactly(Pool.LISTING_RESERVE);
        assertThat(firm.poolsOn(LocalDate.of(2023, 9, 1))).isEmpty();
        assertThatThrownBy(() ->
                        firm.designate(new EnterpriseCommands.Designate(Designation.LISTED, LocalDate.of(2024, 1, 1))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already designated LISTED");
    }

    @Test
    void aDesignationCannotPredateTheFirmsRegistration() {
        var firm = registeredFirm();

        assertThatThrownBy(() -> firm.designate(new EnterpriseCommands.Designate(
                        Designation.LEADER_PROVINCIAL, firm.registeredOn().minusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("since");
        assertThatThrownBy(() -> {
                    var listedFirst = registeredFirm();
                    listedFirst.designate(
                            new EnterpriseCommands.Designate(Designation.LISTED, LocalDate.of(2022, 1, 1)));
                    listedFirst.designate(
                            new EnterpriseCommands.Designate(Designation.LISTING_RESERVE, LocalDate.of(2023, 1, 1)));
                })
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("no listing reserve");
    }

    @Test
    void anSrdiFirmNewlyRecognizedHighTechMovesSrdiToHighTech() {
        var firm = registeredFirm();
        firm.recognize(recognition(Tier.SRDI_SME, "ZJ-1", "2022-01-01", "2024-12-31"));
        firm.recognize(recognition(Tier.HIGH_TECH, "GR-1", "2023-05-01", "2026-04-30"));

        assertThat(PoolMoves.of(firm, 2023)).singleElement().satisfies(move -> {
            assertThat(move.kind()).isEqualTo(PoolMoves.Kind.SRDI_TO_HIGH_TECH);
            assertThat(move.on()).isEqualTo(LocalDate.of(2023, 5, 1));
            assertThat(move.certificateNo()).isEqualTo("GR-1");
        });
        assertThat(PoolMoves.of(firm, 2022)).isEmpty();
    }

    @Test
    void aHighTechFirmNewlyInTheSrdiPoolMovesHighTechToSrdiButARenewalIsNoMove() {
        var firm = registeredFirm();
        firm.recognize(recognition(Tier.HIGH_TECH, "GR-1", "2021-01-01", "2023-12-31"));
        firm.recognize(recognition(Tier.SRDI_SME, "ZJ-1", "2023-02-01", "2026-01-31"));
        firm.recognize(recognition(Tier.HIGH_TECH, "GR-2", "2024-01-01", "2026-12-31"));

        assertThat(PoolMoves.of(firm, 2023))
                .extracting(PoolMoves.Move::kind)
                .containsExactly(PoolMoves.Kind.HIGH_TECH_TO_SRDI);
        assertThat(PoolMoves.of(firm, 2024)).as("GR-2 renews GR-1: no move").isEmpty();
    }

    @Test
    void aHighTechRecognitionWithoutTheSrdiPoolIsNoMove() {
        var firm = registeredFirm();
        firm.recognize(recognition(Tier.HIGH_TECH, "GR-1", "2023-05-01", "2026-04-30"));
        firm.recognize(recognition(Tier.SRDI_SME, "ZJ-1", "2023-05-02", "2026-05-01"));

        assertThat(PoolMoves.of(firm, 2023))
                .extracting(PoolMoves.Move::kind)
                .containsExactly(PoolMoves.Kind.HIGH_TECH_TO_SRDI);
    }
}
