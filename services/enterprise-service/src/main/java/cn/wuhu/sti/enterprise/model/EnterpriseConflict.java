package cn.wuhu.sti.enterprise.model;

/** A command that contradicts what is already recorded (a firm registered twice, a certificate recorded twice). */
public class EnterpriseConflict extends RuntimeException {

    public EnterpriseConflict(String message) {
        super(message);
    }
}
