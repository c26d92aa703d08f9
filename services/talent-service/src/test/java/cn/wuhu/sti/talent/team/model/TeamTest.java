package cn.wuhu.sti.talent.team.model;

import static cn.wuhu.sti.events.talent.TeamStage.DROPPED;
import static cn.wuhu.sti.events.talent.TeamStage.INCORPORATED;
import static cn.wuhu.sti.events.talent.TeamStage.LANDED;
import static cn.wuhu.sti.events.talent.TeamStage.NEGOTIATING;
import static cn.wuhu.sti.events.talent.TeamStage.SIGNED;
import static cn.wuhu.sti.events.talent.TeamStage.SOURCED;
import static cn.wuhu.sti.talent.team.model.TeamMother.ID;
import static cn.wuhu.sti.talent.team.model.TeamMother.INDUSTRY;
import static cn.wuhu.sti.talent.team.model.TeamMother.LANDING_DISTRICT;
import static cn.wuhu.sti.talent.team.model.TeamMother.SOURCED_ON;
import static cn.wuhu.sti.talent.team.model.TeamMother.SOURCING_DISTRICT;
import static cn.wuhu.sti.talent.team.model.TeamMother.USCC;
import static cn.wuhu.sti.talent.team.model.TeamMother.at;
import static cn.wuhu.sti.talent.team.model.TeamMother.dayOf;
import static cn.wuhu.sti.talent.team.model.TeamMother.dropping;
import static cn.wuhu.sti.talent.team.model.TeamMother.incorporation;
import static cn.wuhu.sti.talent.team.model.TeamMother.landing;
import static cn.wuhu.sti.talent.team.model.TeamMother.on;
import static cn.wuhu.sti.talent.team.model.TeamMother.sourced;
import static cn.wuhu.sti.talent.team.model.TeamMother.sourcing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.talent.TeamDropped;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.events.talent.TeamNegotiationStarted;
import cn.wuhu.sti.events.talent.TeamSigned;
import cn.wuhu.sti.events.talent.TeamSourced;
import cn.wuhu.sti.events.talent.TeamStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamTest {

    @Test
    void aSourcedTeamStartsItsHistoryOnTheDayItWasSourced() {
        var change = Team.source(sourcing(), ID);

        assertThat(change.aggregate().stage()).isEqualTo(SOURCED);
        assertThat(change.aggregate().history()).containsExactly(new Milestone<>(SOURCED, SOURCED_ON));
        assertThat(change.event())
                .isEqualTo(new TeamSourced(ID, "固态电池材料团队", "王示例", INDUSTRY, SOURCING_DISTRICT, "上海", SOURCED_ON));
    }

    @Test
    void aSourcedTeamEntersNegotiation() {
        var change = sourced().startNegotiation(on(dayOf(NEGOTIATING)));

        assertThat(change.aggregate().stage()).isEqualTo(NEGOTIATING);
        assertThat(change.event()).isEqualTo(new TeamNegotiationStarted(ID, dayOf(NEGOTIATING)));
    }

    @Test
    void aTeamInNegotiationSigns() {
        var change = at(NEGOTIATING).sign(on(dayOf(SIGNED)));

        assertThat(change.aggregate().stage()).isEqualTo(SIGNED);
        assertThat(change.event()).isEqualTo(new TeamSigned(ID, dayOf(SIGNED)));
    }

    @Test
    void aSourcedTeamMaySignWithoutNegotiating() {
        var change = sourced().sign(on(dayOf(SIGNED)));

        assertThat(change.aggregate().history()).extracting(Milestone::stage).containsExactly(SOURCED, SIGNED);
    }

    @Test
    void aSignedTeamLandsInTheDistrictItChoseNotTheOneThatSourcedIt() {
        var change = at(SIGNED).land(landing(dayOf(LANDED)));

        assertThat(change.aggregate().stage()).isEqualTo(LANDED);
        assertThat(change.aggregate().landedDistrict()).contains(LANDING_DISTRICT);
        assertThat(change.aggregate().profile().district()).isEqualTo(SOURCING_DISTRICT);
        assertThat(change.event()).isEqualTo(new TeamLanded(ID, dayOf(LANDED), LANDING_DISTRICT, INDUSTRY));
    }

    @Test
    void aLandedTeamIncorporatesAFirmInItsLandingDistrictWithItsIndustry() {
        var change = at(LANDED).incorporate(incorporation(dayOf(INCORPORATED)));

        assertThat(change.aggregate().stage()).isEqualTo(INCORPORATED);
        assertThat(change.aggregate().firm()).map(f -> f.uscc().value()).contains(USCC);
        assertThat(change.event())
                .isEqualTo(new TeamIncorporated(
                        ID, dayOf(INCORPORATED), USCC, "芜湖示例新能源材料有限公司", LANDING_DISTRICT, INDUSTRY));
    }

    @ParameterizedTest
    @EnumSource(names = {"SOURCED", "NEGOTIATING", "SIGNED", "LANDED"})
    void aTeamMayBeDroppedAtAnyStageBeforeIncorporationAndTheEventSaysWhichStage(TeamStage stage) {
        LocalDate droppedOn = dayOf(stage).plusDays(3);

        var change = at(stage).drop(dropping(droppedOn));

        assertThat(change.aggregate().stage()).isEqualTo(DROPPED);
        assertThat(change.aggregate().dropReason()).contains("团队选择落户其他城市");
        assertThat(change.event()).isEqualTo(new TeamDropped(ID, droppedOn, "团队选择落户其他城市", stage));
    }

    @Test
    void anIncorporatedTeamCannotBeDropped() {
        var incorporated = at(INCORPORATED);

        assertThatThrownBy(() -> incorporated.drop(dropping(dayOf(INCORPORATED).plusDays(1))))
                .isInstanceOf(Conflict.class)
                .hasMessage("Team team-0001 is INCORPORATED; it cannot be dropped");
    }

    @Test
    void landingTwiceIsAConflictNamingTheCurrentStage() {
        var landed = at(LANDED);

        assertThatThrownBy(() -> landed.land(landing(dayOf(LANDED).plusDays(1))))
                .isInstanceOf(Conflict.class)
                .hasMessage("Team team-0001 is LANDED; it cannot be landed again");
    }

    @Test
    void aTeamThatHasNotSignedCannotLand() {
        var negotiating = at(NEGOTIATING);

        assertThatThrownBy(() -> negotiating.land(landing(dayOf(LANDED))))
                .isInstanceOf(Conflict.class)
                .hasMessage("Team team-0001 is NEGOTIATING; it cannot be landed");
    }

    @Test
    void aSignedTeamCannotGoBackToNegotiation() {
        var signed = at(SIGNED);

        assertThatThrownBy(() -> signed.startNegotiation(on(dayOf(LANDED))))
                .isInstanceOf(Conflict.class)
                .hasMessage("Team team-0001 is SIGNED; it cannot enter negotiation");
    }

    @Test
    void aDroppedTeamMakesNoFurtherMove() {
        var dropped = at(DROPPED);

        assertThatThrownBy(() -> dropped.sign(on(dayOf(SIGNED))))
                .isInstanceOf(Conflict.class)
                .hasMessageStartingWith("Team team-0001 is DROPPED;");
    }

    @Test
    void aMoveDatedBeforeThePreviousMoveIsRefusedOnDate() {
        var negotiating = at(NEGOTIATING);

        assertThatThrownBy(() -> negotiating.sign(on(dayOf(NEGOTIATING).minusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("date");
    }

    @Test
    void aMoveOnTheSameDayAsThePreviousIsAccepted() {
        var change = at(NEGOTIATING).sign(on(dayOf(NEGOTIATING)));

        assertThat(change.aggregate().dateOf(SIGNED)).contains(dayOf(NEGOTIATING));
    }

    @Test
    void anIncorporationWithAnInvalidUsccIsRefusedOnUscc() {
        var landed = at(LANDED);
        var badCheckCharacter = new TeamCommands.Incorporate(dayOf(INCORPORATED), "913402007139628447", "某公司");

        assertThatThrownBy(() -> landed.incorporate(badCheckCharacter))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("uscc");
    }

    @Test
    void droppingWithoutAReasonIsRefusedOnReason() {
        var sourced = sourced();

        assertThatThrownBy(() -> sourced.drop(new TeamCommands.Drop(dayOf(NEGOTIATING), "  ")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("reason");
    }

    @Test
    void sourcingWithoutALeaderIsRefusedOnLeader() {
        var leaderless = new TeamCommands.Source("某团队", null, INDUSTRY, SOURCING_DISTRICT, "上海", SOURCED_ON);

        assertThatThrownBy(() -> Team.source(leaderless, ID))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("leader");
    }

    @Test
    void theHistoryOfAnIncorporatedTeamListsEveryStageWithItsDate() {
        assertThat(at(INCORPORATED).history())
                .containsExactly(
                        new Milestone<>(SOURCED, SOURCED_ON),
                        new Milestone<>(NEGOTIATING, dayOf(NEGOTIATING)),
                        new Milestone<>(SIGNED, dayOf(SIGNED)),
                        new Milestone<>(LANDED, dayOf(LANDED)),
                        new Milestone<>(INCORPORATED, dayOf(INCORPORATED)));
    }

    @Test
    void aMoveLeavesTheTeamItWasMadeOnAsItWas() {
        var stored = new Team(
                ID,
                sourced().profile(),
                List.of(new Milestone<>(SOURCED, SOURCED_ON)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        var signed = stored.sign(on(dayOf(SIGNED))).aggregate();

        assertThat(stored.stage()).isEqualTo(SOURCED);
        assertThat(stored.history()).hasSize(1);
        assertThat(signed.stage()).isEqualTo(SIGNED);
    }

    @Test
    void aStoredTeamWhoseHistoryIsOutOfDateOrderIsADefectNotAState() {
        var profile = sourced().profile();
        var outOfOrder =
                List.of(new Milestone<>(SOURCED, SOURCED_ON), new Milestone<>(SIGNED, SOURCED_ON.minusDays(1)));

        assertThatThrownBy(
                        () -> new Team(ID, profile, outOfOrder, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
