package cn.wuhu.sti.domain;

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

    private Require() {}
}
