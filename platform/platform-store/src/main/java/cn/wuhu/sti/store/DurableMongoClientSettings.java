package cn.wuhu.sti.store;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadConcernLevel;
import com.mongodb.WriteConcern;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link StoreProperties} on the service's one MongoClient, after Boot has applied {@code spring.mongodb.uri},
 * so these win over options in the URI; change them through {@code sti.store.*}.
 *
 * <p>The read concern is set on the whole client rather than on the few reads that decide a write (a duplicate
 * check, the version a conditional update is guarded by): every such read then sees only majority-committed data,
 * so a decision is never taken on a write that an election could roll back, and no call site can forget it.
 */
class DurableMongoClientSettings implements MongoClientSettingsBuilderCustomizer, Ordered {

    private final StoreProperties store;

    DurableMongoClientSettings(StoreProperties store) {
        this.store = store;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        settings.writeConcern(writeConcern().withJournal(store.journal()))
                .readConcern(new ReadConcern(ReadConcernLevel.fromString(store.readConcern())))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        socket -> socket.connectTimeout(store.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    private WriteConcern writeConcern() {
        String w = store.writeConcern();
        return w.chars().allMatch(Character::isDigit) ? new WriteConcern(Integer.parseInt(w)) : new WriteConcern(w);
    }

    /** After Boot's own customizer, which applies the URI at order 0. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
