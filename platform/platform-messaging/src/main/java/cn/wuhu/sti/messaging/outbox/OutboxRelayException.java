package cn.wuhu.sti.messaging.outbox;

/** A relay round that could not be confirmed; nothing of it was marked sent, so the next round sends it again. */
public class OutboxRelayException extends RuntimeException {

    public OutboxRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
