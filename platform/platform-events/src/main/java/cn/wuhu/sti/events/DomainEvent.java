package cn.wuhu.sti.events;

/** An event a context publishes: a fact, in the past tense, about one aggregate. */
public interface DomainEvent {

    /** The id of the aggregate the event is about; it becomes the record key and {@code ce_subject}. */
    String aggregateId();
}
