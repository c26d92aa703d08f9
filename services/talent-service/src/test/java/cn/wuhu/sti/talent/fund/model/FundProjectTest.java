package cn.wuhu.sti.talent.fund.model;

import static cn.wuhu.sti.talent.fund.model.FundProjectMother.DECIDED_ON;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.DUE_DILIGENCE_ON;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.ID;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.INDUSTRY;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.SOURCED_ON;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.invested;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.investing;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.on;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.rejected;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.rejecting;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.sourced;
import static cn.wuhu.sti.talent.fund.model.FundProjectMother.underDueDiligence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.talent.DueDiligenceStarted;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.FundProjectRejected;
import cn.wuhu.sti.events.talent.FundProjectSourced;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundProjectTest {

    @Test
    void aSourcedProjectEntersTheLibraryOnItsSourcingDay() {
        var change = FundProject.source(new FundProjectCommands.Source("碳化硅功率器件项目", INDUSTRY, SOURCED_ON), ID);

        assertThat(change.aggregate().stage()).isEqualTo(FundProjectStage.SOURCED);
        assertThat(change.event()).isEqualTo(new FundProjectSourced(ID, "碳化硅功率器件项目", INDUSTRY, SOURCED_ON));
    }

    @Test
    void dueDiligenceStartsOnASourcedProject() {
        var change = sourced().startDueDiligence(on(DUE_DILIGENCE_ON));

        assertThat(change.aggregate().stage()).isEqualTo(FundProjectStage.DUE_DILIGENCE);
        assertThat(change.event()).isEqualTo(new DueDiligenceStarted(ID, DUE_DILIGENCE_ON));
    }

    @Test
    void aProjectUnderDueDiligenceIsInvestedInWithTheExactAmountAndItsIndustry() {
        var change = underDueDiligence().invest(investing("5000000.50"));

        assertThat(change.aggregate().stage()).isEqualTo(FundProjectStage.INVESTED);
        assertThat(change.aggregate().investedAmount()).contains(new BigDecimal("5000000.50"));
        assertThat(change.event())
                .isEqualTo(new FundProjectInvested(ID, DECIDED_ON, new BigDecimal("5000000.50"), INDUSTRY));
    }

    @Test
    void oneFenIsTheSmallestInvestment() {
        var change = underDueDiligence().invest(investing("0.01"));

        assertThat(change.event().amount()).isEqualByComparingTo("0.01");
    }

    @Test
    void zerosAfterTheFenDoNotMakeAnAmountInexact() {
        var change = underDueDiligence().invest(investing("1000000.000"));

        assertThat(change.event().amount()).isEqualByComparingTo("1000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01", "0.001", "1000000.005"})
    void anAmountOfNothingOrWithAFractionOfAFenIsRefusedOnAmount(String amount) {
        var project = underDueDiligence();

        assertThatThrownBy(() -> project.invest(investing(amount)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("amount");
    }

    @Test
    void aProjectIsNotInvestedInBeforeDueDiligence() {
        var project = sourced();

        assertThatThrownBy(() -> project.invest(investing("5000000")))
                .isInstanceOf(Conflict.class)
                .hasMessage("Fund project fund-0001 is SOURCED; it cannot be invested in");
    }

    @Test
    void aSourcedProjectMayBeRejectedStraightAway() {
        var change = sourced().reject(rejecting(DUE_DILIGENCE_ON));

        assertThat(change.aggregate().history())
                .extracting(Milestone::stage)
                .containsExactly(FundProjectStage.SOURCED, FundProjectStage.REJECTED);
        assertThat(change.event()).isEqualTo(new FundProjectRejected(ID, DUE_DILIGENCE_ON, "技术成熟度不足"));
    }

    @Test
    void aProjectUnderDueDiligenceMayBeRejected() {
        var change = underDueDiligence().reject(rejecting(DECIDED_ON));

        assertThat(change.aggregate().stage()).isEqualTo(FundProjectStage.REJECTED);
        assertThat(change.aggregate().rejectionReason()).contains("技术成熟度不足");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedOnReason() {
        var project = underDueDiligence();

        assertThatThrownBy(() -> project.reject(new FundProjectCommands.Reject(DECIDED_ON, "")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("reason");
    }

    @Test
    void anInvestedProjectCannotBeRejected() {
        var project = invested();

        assertThatThrownBy(() -> project.reject(rejecting(DECIDED_ON)))
                .isInstanceOf(Conflict.class)
                .hasMessage("Fund project fund-0001 is INVESTED; it cannot be rejected");
    }

    @Test
    void aRejectedProjectCannotBeInvestedIn() {
        var project = rejected();

        assertThatThrownBy(() -> project.invest(investing("5000000")))
                .isInstanceOf(Conflict.class)
                .hasMessageStartingWith("Fund project fund-0001 is REJECTED;");
    }

    @Test
    void dueDiligenceDoesNotStartTwice() {
        var project = underDueDiligence();

        assertThatThrownBy(() -> project.startDueDiligence(on(DECIDED_ON)))
                .isInstanceOf(Conflict.class)
                .hasMessage("Fund project fund-0001 is DUE_DILIGENCE; it cannot enter due diligence again");
    }

    @Test
    void aDecisionDatedBeforeDueDiligenceStartedIsRefusedOnDate() {
        var project = underDueDiligence();

        assertThatThrownBy(() -> project.reject(rejecting(DUE_DILIGENCE_ON.minusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("date");
    }
}
