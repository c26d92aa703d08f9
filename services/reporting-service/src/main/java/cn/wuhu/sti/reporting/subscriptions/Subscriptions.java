package cn.wuhu.sti.reporting.subscriptions;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventType;
import cn.wuhu.sti.web.FieldViolation;
import cn.wuhu.sti.web.InvalidFieldException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The register of department subscriptions, and their lag against their SLA. */
@Service
class Subscriptions {

    private static final Set<String> TOPICS =
            EventCatalog.all().stream().map(EventType::topic).collect(Collectors.toSet());

    private final MongoTemplate mongo;
    private final SubscriptionLag lag;
    private final SubscriptionMetrics metrics;
    private final Clock clock;

    Subscriptions(MongoTemplate mongo, SubscriptionLag lag, SubscriptionMetrics metrics, Clock clock) {
        this.mongo = mongo;
        this.lag = lag;
        this.metrics = metrics;
        this.clock = clock;
    }

    Subscription register(SubscriptionRequest request) {
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < request.topics().size(); i++) {
            if (!TOPICS.contains(request.topics().get(i))) {
                unknown.add(new FieldViolation(
                        "topics[" + i + "]",
                        "is not a topic of the platform; one of "
                                + TOPICS.stream().sorted().toList()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(unknown);
        }
        var subscription = new Subscription(
                request.consumerGroup(),
                request.department(),
                request.topics().stream().distinct().toList(),
                request.contact(),
                request.maxLag(),
                clock.instant());
        try {
            mongo.insert(subscription);
        } catch (DuplicateKeyException e) {
            throw new Conflict("The consumer group " + request.consumerGroup() + " is registered already");
        }
        metrics.watch(subscription);
        return subscription;
    }

    SubscriptionView find(String consumerGroup) {
        Subscription subscription = mongo.findById(consumerGroup, Subscription.class);
        if (subscription == null) {
            throw new NotFound("No subscription of the consumer group " + consumerGroup);
        }
        return withLag(subscription);
    }

    /** A page of the register, by consumer group; the lag is measured for the page's subscriptions only. */
    Page<SubscriptionView> list(Pageable pageable) {
        Query query = new Query().with(Sort.by("_id"));
        long total = mongo.count(query, Subscription.class);
        List<SubscriptionView> page = mongo.find(query.with(pageable), Subscription.class).stream()
                .map(this::withLag)
                .toList();
        return new PageImpl<>(page, pageable, total);
    }

    private SubscriptionView withLag(Subscription subscription) {
        return SubscriptionView.of(subscription, lag.measure(subscription.consumerGroup(), subscription.topics()));
    }
}
