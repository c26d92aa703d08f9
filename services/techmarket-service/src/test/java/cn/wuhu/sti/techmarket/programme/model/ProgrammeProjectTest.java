package cn.wuhu.sti.techmarket.programme.model;

import static cn.wuhu.sti.techmarket.programme.model.ProgrammeProjectMother.APPROVED_ON;
import static cn.wuhu.sti.techmarket.programme.model.ProgrammeProjectMother.ID;
import static cn.wuhu.sti.techmarket.programme.model.ProgrammeProjectMother.LEAD_USCC;
import static cn.wuhu.sti.techmarket.programme.model.ProgrammeProjectMother.approving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.events.techmarket.ProgrammeProjectApproved;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeProjectTest {

    @Test
    void anApprovedProjectCarriesItsLeadFirmDistrictAndBothAmountsToTheFen() {
        var change = ProgrammeProject.approve(approving(), ID);

        assertThat(change.event())
                .isEqualTo(new ProgrammeProjectApproved(
                        ID,
                        "工业机器人高精度减速器研发",
                        ProgrammeKind.REGULAR,
                        LEAD_USCC,
                        District.JIUJIANG,
                        APPROVED_ON,
                        new BigDecimal("800000.00"),
                        new BigDecimal("6350000.50")));
    }

    @Test
    void aProjectWithoutPublicMoneyOrOwnInvestmentIsStillAProject() {
        var change = ProgrammeProject.approve(approving(LEAD_USCC, "0", "0"), ID);

        assertThat(change.event().publicFunding()).isEqualByComparingTo("0");
        assertThat(change.event().selfInvestment()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource({
        "-0.01, 0, publicFunding",
        "0.001, 0, publicFunding",
        ", 0, publicFunding",
        "0, -1, selfInvestment",
        "0, 1.005, selfInvestment",
        "0, , selfInvestment"
    })
    void aNegativeOrMissingAmountOrAFractionOfAFenIsRefusedOnItsField(
            String publicFunding, String selfInvestment, String field) {
        var command = approving(LEAD_USCC, publicFunding, selfInvestment);

        assertThatThrownBy(() -> ProgrammeProject.approve(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aLeadFirmWhoseUsccFailsItsCheckIsRefusedOnLeadUscc() {
        var command = approving("91340200MA2N0XXX0X", "0", "0");

        assertThatThrownBy(() -> ProgrammeProject.approve(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("leadUscc"));
    }

    @Test
    void aProjectWithoutAKindIsRefusedOnKind() {
        var c = approving();
        var kindless = new ProgrammeProjectCommands.Approve(
                c.title(), null, c.leadUscc(), c.district(), c.approvedOn(), c.publicFunding(), c.selfInvestment());

        assertThatThrownBy(() -> ProgrammeProject.approve(kindless, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }
}
