package cn.wuhu.sti.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
