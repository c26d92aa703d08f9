package cn.wuhu.sti.domain;

/**
 * A command that contradicts what is recorded: a duplicate natural key, an illegal state change, a write that lost
 * every optimistic retry. The web edge answers it as 409.
 */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
