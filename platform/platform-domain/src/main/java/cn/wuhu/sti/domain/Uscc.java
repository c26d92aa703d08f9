package cn.wuhu.sti.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from a 31-character alphabet
 * (no I, O, S, V, Z), the last being a check character over the first 17 (weights 3^i mod 31).
 */
public record Uscc(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        Objects.requireNonNull(value, "uscc");
        problemWith(value).ifPresent(problem -> {
            throw new RuleViolation("uscc", problem);
        });
    }

    /** Why {@code candidate} is not a valid code; empty if it is one. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Optional.of("character '" + candidate.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (digits and capital letters except I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return Optional.of("positions 3 to 8 must be the digits of an administrative division code");
            }
        }
        char expected = checkCharacterOf(candidate.substring(0, 17));
        if (candidate.charAt(17) != expected) {
            return Optional.of("check character should be '" + expected + "' (GB 32100-2015)");
        }
        return Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return problemWith(candidate).isEmpty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    @Override
    public String toString() {
        return value;
    }
}
