package cn.wuhu.sti.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91340200MA2N0XXX0Y", "91110000100000589A"})
    void acceptsCodesWhoseCheckCharacterMatchesGb32100(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(new Uscc(code).value()).isEqualTo(code);
    }

    @Test
    void rejectsACodeWithTheWrongCheckCharacterAndSaysWhichOneIsExpected() {
        assertThat(Uscc.problemWith("91350100M000100Y44"))
                .hasValueSatisfying(p -> assertThat(p).contains("should be '3'"));
        assertThatThrownBy(() -> new Uscc("91350100M000100Y44"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("uscc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9135010", "91350100M000100Y433", "91350100m000100Y43", "91350100MO00100Y43"})
    void rejectsCodesOfTheWrongLengthOrAlphabet(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
    }

    @Test
    void rejectsLettersWhereTheAdministrativeDivisionCodeBelongs() {
        String first17 = "9135A100M000100Y4";
        String code = first17 + Uscc.checkCharacterOf(first17);

        assertThat(Uscc.problemWith(code)).hasValueSatisfying(p -> assertThat(p).contains("administrative division"));
    }

    @Test
    void computesTheCheckCharacterOfTheStandardsWorkedExample() {
        assertThat(Uscc.checkCharacterOf("91350100M000100Y4")).isEqualTo('3');
    }
}
