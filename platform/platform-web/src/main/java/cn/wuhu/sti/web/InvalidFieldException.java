package cn.wuhu.sti.web;

import java.util.List;

/**
 * Input that passed bean validation but breaks a rule only the application knows (a bad check character, a date
 * after another). Answered as 400 with each violation under {@code errors}.
 */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public InvalidFieldException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidFieldException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidFieldException of(FieldViolation... violations) {
        return new InvalidFieldException(List.of(violations));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> v.field() + " " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid input");
    }
}
