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

    private Topics() {}
}
