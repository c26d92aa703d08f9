package cn.wuhu.sti.enterprise.model;

/** A command the domain refuses because of one field's value. */
public class EnterpriseRuleViolation extends RuntimeException {

    private final String field;

    public EnterpriseRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
