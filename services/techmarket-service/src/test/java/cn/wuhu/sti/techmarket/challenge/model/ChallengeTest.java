package cn.wuhu.sti.techmarket.challenge.model;

import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.AWARDED_ON;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.ENDED_ON;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.ID;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.PUBLISHED_ON;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.WINNER_NAME;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.WINNER_USCC;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.awarded;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.awarding;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.ending;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.published;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.publishing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengeCompleted;
import cn.wuhu.sti.events.techmarket.ChallengeOutcome;
import cn.wuhu.sti.events.techmarket.ChallengePublished;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChallengeTest {

    @Test
    void aPublishedChallengeCarriesTheCapOfItsCategory() {
        var change = Challenge.publish(publishing(ChallengeCategory.MAJOR_ACHIEVEMENT), ID);

        assertThat(change.aggregate().stage()).isEqualTo(ChallengeStage.PUBLISHED);
        assertThat(change.event())
                .isEqualTo(new ChallengePublished(
                        ID,
                        "车规级碳化硅功率模块封装技术",
                        ChallengeCategory.MAJOR_ACHIEVEMENT,
                        new BigDecimal("5000000"),
                        Industry.SEMI_3G,
                        PUBLISHED_ON));
    }

    @Test
    void aChallengeWithoutACategoryIsRefusedOnCategory() {
        var command = new ChallengeCommands.Publish("车规级碳化硅功率模块封装技术", null, Industry.SEMI_3G, PUBLISHED_ON);

        assertThatThrownBy(() -> Challenge.publish(command, ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    void anAwardNamesTheWinnerTheExactAmountAndTheCategory() {
        var change = published(ChallengeCategory.KEY_CORE_TECH).award(awarding("8000000.50"));

        assertThat(change.aggregate().stage()).isEqualTo(ChallengeStage.AWARDED);
        assertThat(change.event())
                .isEqualTo(new ChallengeAwarded(
                        ID,
                        WINNER_USCC,
                        WINNER_NAME,
                        new BigDecimal("8000000.50"),
                        AWARDED_ON,
                        ChallengeCategory.KEY_CORE_TECH,
                        Industry.SEMI_3G));
    }

    @ParameterizedTest
    @CsvSource({"KEY_CORE_TECH, 10000000.00", "MAJOR_ACHIEVEMENT, 5000000"})
    void anAwardOfExactlyTheCapIsAccepted(ChallengeCategory category, String cap) {
        var change = published(category).award(awarding(cap));

        assertThat(change.event().amount()).isEqualByComparingTo(cap);
    }

    @ParameterizedTest
    @CsvSource({"KEY_CORE_TECH, 10000000.01", "MAJOR_ACHIEVEMENT, 5000000.01", "MAJOR_ACHIEVEMENT, 8000000"})
    void anAwardAboveTheCapOfTheCategoryIsRefusedOnAmount(ChallengeCategory category, String amount) {
        var challenge = published(category);

        assertThatThrownBy(() -> challenge.award(awarding(amount)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"))
                .hasMessageContaining(category.cap().toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "100.001"})
    void anAwardOfNothingLessOrAFractionOfAFenIsRefusedOnAmount(String amount) {
        var challenge = published(ChallengeCategory.KEY_CORE_TECH);

        assertThatThrownBy(() -> challenge.award(awarding(amount)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void aWinnerWhoseUsccFailsItsCheckIsRefusedOnWinnerUscc() {
        var challenge = published(ChallengeCategory.KEY_CORE_TECH);
        var command = new ChallengeCommands.Award(
                new ChallengeCommands.Winner("91340200MA2N0XXX0X", WINNER_NAME), new BigDecimal("100"), AWARDED_ON);

        assertThatThrownBy(() -> challenge.award(command))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("winner.uscc"));
    }

    @Test
    void aWinnerWithoutANameIsRefusedOnWinnerName() {
        var challenge = published(ChallengeCategory.KEY_CORE_TECH);
        var command = new ChallengeCommands.Award(
                new ChallengeCommands.Winner(WINNER_USCC, null), new BigDecimal("100"), AWARDED_ON);

        assertThatThrownBy(() -> challenge.award(command))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("winner.name"));
    }

    @Test
    void aChallengeIsAwardedOnlyOnce() {
        var challenge = awarded();

        assertThatThrownBy(() -> challenge.award(awarding("100")))
                .isInstanceOf(Conflict.class)
                .hasMessage("Challenge challenge-0001 is AWARDED; it cannot be awarded again");
    }

    @Test
    void anAwardDatedBeforeThePublicationIsRefusedOnDate() {
        var challenge = published(ChallengeCategory.KEY_CORE_TECH);
        var early = new ChallengeCommands.Award(
                new ChallengeCommands.Winner(WINNER_USCC, WINNER_NAME),
                new BigDecimal("100"),
                PUBLISHED_ON.minusDays(1));

        assertThatThrownBy(() -> challenge.award(early))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED, COMPLETED", "FAILED, FAILED"})
    void anAwardedChallengeEndsCompletedOrFailed(ChallengeOutcome outcome, ChallengeStage stage) {
        var change = awarded().complete(ending(outcome));

        assertThat(change.aggregate().stage()).isEqualTo(stage);
        assertThat(change.event()).isEqualTo(new ChallengeCompleted(ID, ENDED_ON, outcome));
        assertThat(change.aggregate().award()).isPresent();
    }

    @Test
    void aChallengeNotYetAwardedCannotBeCompleted() {
        var challenge = published(ChallengeCategory.KEY_CORE_TECH);

        assertThatThrownBy(() -> challenge.complete(ending(ChallengeOutcome.COMPLETED)))
                .isInstanceOf(Conflict.class)
                .hasMessage("Challenge challenge-0001 is PUBLISHED; it cannot be completed");
    }

    @Test
    void anEndedChallengeCannotEndAgain() {
        var failed = awarded().complete(ending(ChallengeOutcome.FAILED)).aggregate();

        assertThatThrownBy(() -> failed.complete(ending(ChallengeOutcome.COMPLETED)))
                .isInstanceOf(Conflict.class)
                .hasMessageStartingWith("Challenge challenge-0001 is FAILED;");
    }

    @Test
    void anEndedChallengeCannotBeAwarded() {
        var completed = awarded().complete(ending(ChallengeOutcome.COMPLETED)).aggregate();

        assertThatThrownBy(() -> completed.award(awarding("100"))).isInstanceOf(Conflict.class);
    }

    @Test
    void anEndDatedBeforeTheAwardIsRefusedOnDate() {
        var challenge = awarded();
        var early = new ChallengeCommands.Complete(AWARDED_ON.minusDays(1), ChallengeOutcome.COMPLETED);

        assertThatThrownBy(() -> challenge.complete(early))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void anEndWithoutAnOutcomeIsRefusedOnOutcome() {
        var challenge = awarded();

        assertThatThrownBy(() -> challenge.complete(new ChallengeCommands.Complete(ENDED_ON, null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }

    @Test
    void theYearOfTheAwardIsTheYearItCountsAsAwarded() {
        assertThat(awarded().dateOf(ChallengeStage.AWARDED)).contains(LocalDate.of(2023, 7, 1));
    }
}
