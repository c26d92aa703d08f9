package cn.wuhu.sti.messaging.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The aggregate store on the shared Mongo wire server: what each write leaves in the document. */
@SpringBootTest
@UseSharedInfrastructure
class AggregateStoreTest {

    /** The state of a firm as a test aggregate stores it; {@code note} may be cleared. */
    @org.springframework.data.mongodb.core.mapping.Document("firms")
    record Firm(String id, String name, String note) {}

    @Autowired
    AggregateStores stores;

    @Autowired
    MongoTemplate mongo;

    AggregateStore<Firm> firms;
    String id;

    @BeforeEach
    void store() {
        firms = stores.of(Firm.class, "firm");
        id = UUID.randomUUID().toString();
    }

    @Test
    void anInsertStoresTheStateWithVersionZeroAndItsEventsAndASecondInsertOfTheIdIsAConflict() {
        firms.insert(id, new Firm(id, "芜湖样例", "first"), List.of(registered()));

        assertThatThrownBy(() -> firms.insert(id, new Firm(id, "again", null), List.of(registered())))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining(id);
        Document stored = raw();
        assertThat(stored).containsEntry("name", "芜湖样例").containsEntry("version", 0L);
        assertThat(stored.getList("outbox", Document.class)).hasSize(1);
    }

    @Test
    void aChangeStoresTheNewStateAndAppendsItsEventsAndAFieldTheStateClearedIsGone() {
        firms.insert(id, new Firm(id, "芜湖样例", "to be cleared"), List.of(registered()));

        String result = firms.change(id, firm -> new Decision<>(new Firm(id, "改名", null), List.of(registered()), "ok"));

        Document stored = raw();
        assertThat(result).isEqualTo("ok");
        assertThat(stored)
                .containsEntry("name", "改名")
                .containsEntry("version", 1L)
                .doesNotContainKey("note");
        assertThat(stored.getList("outbox", Document.class)).hasSize(2);
        assertThat(firms.get(id)).isEqualTo(new Firm(id, "改名", null));
    }

    @Test
    void anUnchangedDecisionWritesNothing() {
        firms.insert(id, new Firm(id, "芜湖样例", null), List.of(registered()));

        boolean changed = firms.change(id, firm -> Decision.unchanged(false));

        assertThat(changed).isFalse();
        assertThat(raw()).containsEntry("version", 0L);
    }

    @Test
    void aWriteThatLostTheRaceDecidesAgainOnTheFreshState() {
        firms.insert(id, new Firm(id, "v0", null), List.of(registered()));
        AtomicInteger attempts = new AtomicInteger();

        String seen = firms.change(id, firm -> {
            if (attempts.incrementAndGet() == 1) {
                // Another writer commits between this read and this write.
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(id)),
                        new Update().set("name", "theirs").inc("version", 1),
                        "firms");
            }
            return new Decision<>(new Firm(id, firm.name() + "+mine", null), List.of(), firm.name());
        });

        assertThat(attempts).hasValue(2);
        assertThat(seen).isEqualTo("theirs");
        assertThat(raw()).containsEntry("name", "theirs+mine").containsEntry("version", 2L);
    }

    @Test
    void anUnknownIdIsNotFoundNamingTheAggregate() {
        assertThatThrownBy(() -> firms.change(id, firm -> Decision.unchanged(true)))
                .isInstanceOf(NotFound.class)
                .hasMessage("No firm " + id);
    }

    @Test
    void eventsWithoutANewStateAreRefusedRatherThanDropped() {
        assertThatThrownBy(() -> new Decision<Firm, String>(null, List.of(registered()), "lost"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Document raw() {
        return mongo.findById(id, Document.class, "firms");
    }

    private EnterpriseRegistered registered() {
        return new EnterpriseRegistered(
                "91340200MA2N0XXX0Y", "芜湖样例", District.JINGHU, Industry.ROBOTICS, LocalDate.of(2020, 1, 1));
    }
}
