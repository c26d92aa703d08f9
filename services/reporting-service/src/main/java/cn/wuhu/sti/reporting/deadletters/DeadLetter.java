package cn.wuhu.sti.reporting.deadletters;

import java.time.Instant;

/**
 * A record on a dead-letter topic, as Spring Kafka's dead-letter recoverer left it: where it sits, the event it
 * carries (when it was one), why it was parked and where it came from ({@code kafka_dlt-*} headers).
 */
record DeadLetter(
        int partition,
        long offset,
        Instant parkedAt,
        String key,
        String eventId,
        String type,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String consumerGroup,
        String exception,
        String reason,
        String redrivenFrom) {}
