package cn.wuhu.sti.techmarket.challenge.model;

import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.awarding;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeMother.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The caps of the contract, written out here apart from the model's enum: an award is accepted exactly when it is more
 * than zero and within its category's cap, for amounts on both sides of each cap down to the fen.
 */
class ChallengeCapPropertiesTest {

    private static long capInFen(ChallengeCategory category) {
        return switch (category) {
            case KEY_CORE_TECH -> 10_000_000_00L;
            case MAJOR_ACHIEVEMENT -> 5_000_000_00L;
        };
    }

    @Test
    void anAwardIsAcceptedExactlyWhenItIsWithinTheCapOfItsCategory() {
        qt().withExamples(2_000)
                .forAll(Generate.enumValues(ChallengeCategory.class), longs().between(-100, 12_000_000_00L))
                .checkAssert((category, fen) -> {
                    BigDecimal amount = BigDecimal.valueOf(fen, 2);
                    Challenge challenge = published(category);

                    if (fen > 0 && fen <= capInFen(category)) {
                        assertThat(challenge.award(awarding(amount)).event().amount())
                                .isEqualTo(amount);
                    } else {
                        assertThatThrownBy(() -> challenge.award(awarding(amount)))
                                .isInstanceOfSatisfying(
                                        RuleViolation.class,
                                        e -> assertThat(e.field()).isEqualTo("amount"));
                    }
                });
    }

    @Test
    void theFenEitherSideOfEachCapFallsOnItsSide() {
        qt().forAll(Generate.enumValues(ChallengeCategory.class), longs().between(-3, 3))
                .checkAssert((category, offset) -> {
                    long fen = capInFen(category) + offset;
                    BigDecimal amount = BigDecimal.valueOf(fen, 2);
                    Challenge challenge = published(category);

                    if (offset <= 0) {
                        assertThat(challenge.award(awarding(amount)).event().amount())
                                .isEqualTo(amount);
                    } else {
                        assertThatThrownBy(() -> challenge.award(awarding(amount)))
                                .isInstanceOf(RuleViolation.class);
                    }
                });
    }
}
