package cn.wuhu.sti.enterprise.model;

/** A code that is not a valid unified social credit code. */
public class InvalidUsccException extends EnterpriseRuleViolation {

    public InvalidUsccException(String reason) {
        super("uscc", reason);
    }
}
