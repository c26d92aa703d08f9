package cn.wuhu.sti.domain;

/** A command the domain refuses because of one field's value; the web edge answers it as 400 naming the field. */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
