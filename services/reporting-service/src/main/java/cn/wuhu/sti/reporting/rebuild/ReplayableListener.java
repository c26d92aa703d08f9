package cn.wuhu.sti.reporting.rebuild;

/**
 * A Kafka listener that feeds read models and can replay its topic from the beginning; a listener gets the replay by
 * extending {@link ReplayableTopicListener}.
 */
public interface ReplayableListener {

    /** The {@code @KafkaListener} id, to stop and start its container. */
    String listenerId();

    String topic();

    /** Seek to the beginning of every partition when the container next gets its partitions assigned. */
    void replayFromBeginningOnNextAssignment();
}
