package cn.wuhu.sti.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {

    @Test
    void aMissingValueIsRefusedNamingItsField() {
        assertThatThrownBy(() -> Require.present("date", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("is required")
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("date");
    }

    @Test
    void blankTextIsRefusedAsMissing() {
        assertThatThrownBy(() -> Require.text("reason", " \t", 10))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("is required");
    }

    @Test
    void textIsStrippedAndMayBeExactlyTheLongestAllowed() {
        assertThat(Require.text("name", "  abcde ", 5)).isEqualTo("abcde");
    }

    @Test
    void textLongerThanAllowedIsRefused() {
        assertThatThrownBy(() -> Require.text("name", "abcdef", 5))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("must be at most 5 characters");
    }

    @Test
    void optionalTextLeftBlankIsNone() {
        assertThat(Require.optionalText("description", "  ", 5)).isEmpty();
        assertThat(Require.optionalText("description", null, 5)).isEmpty();
    }

    @Test
    void optionalTextGivenIsCheckedLikeText() {
        assertThat(Require.optionalText("description", " abc ", 5)).contains("abc");
        assertThatThrownBy(() -> Require.optionalText("description", "abcdef", 5))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("description");
    }

    @Test
    void anAmountReadsWithTwoDecimalsWhateverZerosItWasTypedWith() {
        assertThat(Require.amount("amount", new BigDecimal("5"))).hasToString("5.00");
        assertThat(Require.amount("amount", new BigDecimal("0.100"))).hasToString("0.10");
        assertThat(Require.amount("amount", new BigDecimal("1E+3"))).hasToString("1000.00");
    }

    @Test
    void zeroIsAnAmount() {
        assertThat(Require.amount("amount", BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "0.001", "1000000.005"})
    void aNegativeAmountOrAFractionOfAFenIsRefusedNamingTheField(String amount) {
        assertThatThrownBy(() -> Require.amount("contractAmount", new BigDecimal(amount)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("contractAmount");
    }

    @Test
    void aMissingAmountIsRefusedAsMissing() {
        assertThatThrownBy(() -> Require.amount("amount", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("is required");
    }

    @Test
    void aUsccIsRefusedOnTheFieldItCameInWithTheReason() {
        assertThatThrownBy(() -> Require.uscc("seller.uscc", "913402007139628446"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("check character")
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("seller.uscc");
    }

    @Test
    void aValidUsccIsReturnedAsOne() {
        assertThat(Require.uscc("leadUscc", "91340200713962844Q")).isEqualTo(new Uscc("91340200713962844Q"));
    }
}
