package cn.wuhu.sti.talent.team.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.talent.TeamStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every move from every stage, checked against a table written out here from the contract's own words, apart from
 * the model's: accepted exactly when the table allows it, and then dated no earlier than the move before.
 */
class TeamMovesTest {

    /** The moves a caller can make, each as the REST edge will make it. */
    enum Move {
        NEGOTIATE,
        SIGN,
        LAND,
        INCORPORATE,
        DROP;

        Team makeOn(Team team, LocalDate date) {
            return switch (this) {
                case NEGOTIATE -> team.startNegotiation(TeamMother.on(date)).aggregate();
                case SIGN -> team.sign(TeamMother.on(date)).aggregate();
                case LAND -> team.land(TeamMother.landing(date)).aggregate();
                case INCORPORATE ->
                    team.incorporate(TeamMother.incorporation(date)).aggregate();
                case DROP -> team.drop(TeamMother.dropping(date)).aggregate();
            };
        }
    }

    /** contract.md: "SOURCED → NEGOTIATING → SIGNED → LANDED → INCORPORATED, or DROPPED from any stage before". */
    private static final Set<String> LEGAL = Set.of(
            "SOURCED NEGOTIATE",
            "SOURCED SIGN",
            "SOURCED DROP",
            "NEGOTIATING SIGN",
            "NEGOTIATING DROP",
            "SIGNED LAND",
            "SIGNED DROP",
            "LANDED INCORPORATE",
            "LANDED DROP");

    private static final Map<Move, TeamStage> LEADS_TO = Map.of(
            Move.NEGOTIATE, TeamStage.NEGOTIATING,
            Move.SIGN, TeamStage.SIGNED,
            Move.LAND, TeamStage.LANDED,
            Move.INCORPORATE, TeamStage.INCORPORATED,
            Move.DROP, TeamStage.DROPPED);

    private static boolean legal(TeamStage from, Move move) {
        return LEGAL.contains(from + " " + move);
    }

    static Stream<Arguments> everyStageWithEveryMove() {
        return Arrays.stream(TeamStage.values())
                .flatMap(stage -> Arrays.stream(Move.values()).map(move -> Arguments.of(stage, move)));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyStageWithEveryMove")
    void aMoveIsAcceptedExactlyWhenTheContractAllowsItAndOtherwiseNamesTheCurrentStage(TeamStage stage, Move move) {
        Team team = TeamMother.at(stage);
        LocalDate later = TeamMother.dayOf(TeamStage.DROPPED).plusYears(1);

        if (legal(stage, move)) {
            assertThat(move.makeOn(team, later).stage()).isEqualTo(LEADS_TO.get(move));
        } else {
            assertThatThrownBy(() -> move.makeOn(team, later))
                    .isInstanceOf(Conflict.class)
                    .hasMessageStartingWith("Team " + TeamMother.ID + " is " + stage + ";");
        }
    }

    record Attempt(Move move, int day) {}

    @Test
    void noSequenceOfMovesGetsAnIllegalMoveAcceptedOrTheHistoryOutOfDateOrder() {
        Gen<Attempt> attempts = Generate.enumValues(Move.class).zip(Generate.range(0, 90), Attempt::new);
        LocalDate origin = TeamMother.SOURCED_ON.minusDays(20);

        qt().withExamples(2_000)
                .forAll(lists().of(attempts).ofSizeBetween(1, 12))
                .checkAssert(sequence -> {
                    Team team = TeamMother.sourced();
                    TeamStage expected = TeamStage.SOURCED;
                    var expectedHistory = new ArrayList<>(team.history());
                    for (Attempt attempt : sequence) {
                        LocalDate date = origin.plusDays(attempt.day());
                        LocalDate last =
                                expectedHistory.get(expectedHistory.size() - 1).date();
                        Team before = team;
                        if (!legal(expected, attempt.move())) {
                            assertThatThrownBy(() -> attempt.move().makeOn(before, date))
                                    .isInstanceOf(Conflict.class)
                                    .hasMessageContaining(" is " + expected + ";");
                        } else if (date.isBefore(last)) {
                            assertThatThrownBy(() -> attempt.move().makeOn(before, date))
                                    .isInstanceOf(RuleViolation.class)
                                    .extracting(e -> ((RuleViolation) e).field())
                                    .isEqualTo("date");
                        } else {
                            team = attempt.move().makeOn(before, date);
                            expected = LEADS_TO.get(attempt.move());
                            expectedHistory.add(new Milestone<>(expected, date));
                        }
                        assertThat(team.stage()).isEqualTo(expected);
                        assertThat(team.history()).isEqualTo(expectedHistory);
                        assertThat(team.history())
                                .extracting(Milestone::date)
                                .isSortedAccordingTo(LocalDate::compareTo);
                    }
                });
    }
}
