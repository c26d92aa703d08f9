package cn.wuhu.sti.enterprise.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.enterprise.application.EnterpriseRepository;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.messaging.outbox.Outbox;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Stores a firm and the events of a change in one single-document write: the state, the version and the outbox
 * entries go in together or not at all, on a standalone mongod as on the in-process wire server.
 */
@Repository
class MongoEnterpriseRepository implements EnterpriseRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoEnterpriseRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        var indexes = mongo.indexOps(EnterpriseDocument.COLLECTION);
        indexes.createIndex(new Index("district", Sort.Direction.ASC));
        indexes.createIndex(new Index("recognitions.tier", Sort.Direction.ASC));
        indexes.createIndex(new Index("outbox.0", Sort.Direction.ASC).sparse());
    }

    @Override
    public void insert(Enterprise enterprise, List<? extends EnterpriseEvent> events) {
        try {
            mongo.insert(EnterpriseDocument.of(enterprise, 0, outbox.entriesFor(events)));
        } catch (DuplicateKeyException e) {
            throw new Conflict("An enterprise is already registered under " + enterprise.uscc());
        }
        outbox.committed(EnterpriseDocument.COLLECTION, enterprise.uscc().value());
    }

    @Override
    public boolean update(Enterprise enterprise, List<? extends EnterpriseEvent> events) {
        var expected =
                query(where("_id").is(enterprise.uscc().value()).and("version").is(enterprise.version()));
        var document = EnterpriseDocument.of(enterprise, enterprise.version() + 1, List.of());
        var update = new Update()
                .set("recognitions", document.recognitions())
                .set("annualReports", document.annualReports())
                .set("version", document.version());
        var result =
                mongo.updateFirst(expected, outbox.append(update, outbox.entriesFor(events)), EnterpriseDocument.class);
        if (result.getModifiedCount() == 0) {
            return false;
        }
        outbox.committed(EnterpriseDocument.COLLECTION, enterprise.uscc().value());
        return true;
    }

    @Override
    public Optional<Enterprise> find(String uscc) {
        return Optional.ofNullable(mongo.findById(uscc, EnterpriseDocument.class))
                .map(EnterpriseDocument::toEnterprise);
    }

    @Override
    public Page<Enterprise> search(Tier tier, District district, LocalDate validOn, Pageable page) {
        var query = new Query();
        if (district != null) {
            query.addCriteria(where("district").is(district));
        }
        if (tier != null) {
            query.addCriteria(where("recognitions")
                    .elemMatch(Criteria.where("tier")
                            .is(tier)
                            .and("recognizedOn")
                            .lte(validOn)
                            .and("validUntil")
                            .gte(validOn)));
        }
        long total = mongo.count(query, EnterpriseDocument.class);
        query.with(page).with(Sort.by("_id"));
        query.fields().exclude("outbox");
        var content = mongo.find(query, EnterpriseDocument.class).stream()
                .map(EnterpriseDocument::toEnterprise)
                .toList();
        return new PageImpl<>(content, page, total);
    }
}
