package cn.wuhu.sti.messaging.aggregate;

import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import cn.wuhu.sti.messaging.outbox.OutboxProperties;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Makes the {@link AggregateStore} of each aggregate type of a service, and once the service is up gives each
 * collection the sparse index on {@code outbox.0} by which the relay finds documents with events to publish.
 */
public class AggregateStores implements ApplicationListener<ApplicationReadyEvent> {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final OutboxProperties properties;
    private final List<AggregateStore<?>> stores = new CopyOnWriteArrayList<>();

    public AggregateStores(MongoTemplate mongo, Outbox outbox, OutboxProperties properties) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * The store of documents of {@code type}, whose collection must be one the relay publishes from
     * ({@code sti.outbox.collections}); {@code noun} names one aggregate in messages ("team", "firm").
     */
    public <D> AggregateStore<D> of(Class<D> type, String noun) {
        var store = new AggregateStore<>(mongo, outbox, type, noun);
        if (!properties.collections().contains(store.collection())) {
            throw new IllegalStateException("The events of collection '" + store.collection()
                    + "' would never be published: add it to sti.outbox.collections");
        }
        stores.add(store);
        return store;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        for (AggregateStore<?> store : stores) {
            mongo.indexOps(store.collection())
                    .createIndex(new Index(OutboxEntry.FIELD + ".0", Sort.Direction.ASC).sparse());
        }
    }
}
