package cn.wuhu.sti.events;

/** A record that is not a valid event of the contract: retrying will not help, it belongs on the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
