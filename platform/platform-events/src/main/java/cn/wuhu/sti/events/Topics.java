package cn.wuhu.sti.events;

/** The Kafka topics of the public contract, one per bounded context. */
public final class Topics {

    public static final String TALENT = "sti.talent.v1";
    public static final String ENTERPRISE = "sti.enterprise.v1";
    public static final String TECHMARKET = "sti.techmarket.v1";
    public static final String PARKS = "sti.parks.v1";
    public static final String STATISTICS = "sti.statistics.v1";

    /** Where a consumer parks a record it cannot process, with the reason in the record's headers. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }

    /**
     * A department subscriber's own dead-letter topic for {@code topic}: {@code sti.enterprise.v1.finance-subsidy.dlt}
     * for the consumer group {@code finance-subsidy}, so one subscriber's failures never mix with another's.
     */
    public static String deadLetterOf(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }

    private Topics() {}
}
