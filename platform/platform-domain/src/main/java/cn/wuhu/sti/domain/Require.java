package cn.wuhu.sti.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** The checks a model makes of a command's fields before it decides, each refusing with the field's name. */
public final class Require {

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "is required");
        }
        return value;
    }

    /** Text with something in it, at most {@code maxLength} characters once stripped; returns it stripped. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolation(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** Text that may be left out: none when null or blank, otherwise as {@link #text}. */
    public static Optional<String> optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(text(field, value, maxLength));
    }

    /**
     * An exact amount in yuan: present, not negative, no fraction of a fen (zeros after the fen do not count).
     * Returns it with two decimals, so every amount a model records reads alike.
     */
    public static BigDecimal amount(String field, BigDecimal value) {
        present(field, value);
        if (value.signum() < 0) {
            throw new RuleViolation(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "must have at most two decimals (whole fen)");
        }
        return value.setScale(2);
    }

    /** A unified social credit code, refused on {@code field} (e.g. {@code seller.uscc}) with the reason. */
    public static Uscc uscc(String field, String value) {
        present(field, value);
        Uscc.problemWith(value).ifPresent(problem -> {
            throw new RuleViolation(field, problem);
        });
        return new Uscc(value);
    }

    private Require() {}
}
