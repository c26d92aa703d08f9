package cn.wuhu.sti.reporting.subscriptions;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department system's subscription: the topics its consumer group reads, who to call, and the most records it
 * accepts to be behind (its SLA). The consumer group is the natural key: one registration per group.
 */
@Document("subscriptions")
record Subscription(
        @Id String consumerGroup,
        String department,
        List<String> topics,
        String contact,
        long maxLag,
        Instant registeredAt) {}
