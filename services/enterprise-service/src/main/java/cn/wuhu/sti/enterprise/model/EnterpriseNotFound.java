package cn.wuhu.sti.enterprise.model;

/** No firm is registered under the code. */
public class EnterpriseNotFound extends RuntimeException {

    public EnterpriseNotFound(String uscc) {
        super("No enterprise is registered under " + uscc);
    }
}
