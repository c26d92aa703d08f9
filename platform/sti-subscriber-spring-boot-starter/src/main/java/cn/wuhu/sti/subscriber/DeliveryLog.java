package cn.wuhu.sti.subscriber;

/**
 * What the subscriber has handled, by {@code ce_id}: claimed before the handler runs, completed after it returned,
 * released when it threw (so a retry or a redrive is not taken for a duplicate). The starter keeps it in MongoDB
 * ({@link MongoDeliveryLog}) or, with {@code sti.subscriber.delivery-store=jdbc}, in an SQL table
 * ({@link JdbcDeliveryLog}); declare a bean of this type to keep it elsewhere.
 */
public interface DeliveryLog {

    Claim claim(String eventId, String type, String topic);

    void complete(String eventId);

    void release(String eventId);

    enum Claim {
        /** Not seen before; now claimed. */
        NEW,
        /** Handled before, completely. */
        DONE,
        /** Claimed before and never completed nor released: the subscriber stopped while handling it. */
        INTERRUPTED
    }
}
