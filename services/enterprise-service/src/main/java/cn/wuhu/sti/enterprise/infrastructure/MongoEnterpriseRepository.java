package cn.wuhu.sti.enterprise.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.enterprise.application.EnterpriseRepository;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.messaging.outbox.OutboxEntry;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Firms in the {@code enterprises} collection, each written with its events in one document write. */
@Repository
class MongoEnterpriseRepository implements EnterpriseRepository {

    private final MongoTemplate mongo;
    private final AggregateStore<EnterpriseDocument> firms;

    MongoEnterpriseRepository(MongoTemplate mongo, AggregateStores stores) {
        this.mongo = mongo;
        this.firms = stores.of(EnterpriseDocument.class, "firm");
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        var indexes = mongo.indexOps(firms.collection());
        indexes.createIndex(new Index("district", Sort.Direction.ASC));
        indexes.createIndex(new Index("recognitions.tier", Sort.Direction.ASC));
        indexes.createIndex(new Index("recognitions.validUntil", Sort.Direction.ASC));
        indexes.createIndex(new Index("annualReports.filing.year", Sort.Direction.ASC));
    }

    @Override
    public void insert(Enterprise enterprise, List<? extends EnterpriseEvent> events) {
        firms.insert(enterprise.uscc().value(), EnterpriseDocument.of(enterprise), events);
    }

    @Override
    public <E extends EnterpriseEvent> E change(String uscc, Function<Enterprise, E> decision) {
        return firms.change(uscc, stored -> {
            Enterprise enterprise = stored.toEnterprise();
            E event = decision.apply(enterprise);
            return Decision.of(EnterpriseDocument.of(enterprise), event);
        });
    }

    @Override
    public List<EnterpriseEvent> changeAll(
            String uscc, Function<Enterprise, List<? extends EnterpriseEvent>> decision) {
        return firms.change(uscc, stored -> {
            Enterprise enterprise = stored.toEnterprise();
            List<EnterpriseEvent> events = List.copyOf(decision.apply(enterprise));
            return events.isEmpty()
                    ? Decision.unchanged(events)
                    : new Decision<>(EnterpriseDocument.of(enterprise), events, events);
        });
    }

    @Override
    public boolean amend(String uscc, Predicate<Enterprise> amendment) {
        return firms.change(uscc, stored -> {
            Enterprise enterprise = stored.toEnterprise();
            return amendment.test(enterprise)
                    ? new Decision<>(EnterpriseDocument.of(enterprise), List.of(), true)
                    : Decision.unchanged(false);
        });
    }

    @Override
    public Optional<Enterprise> find(String uscc) {
        return firms.find(uscc).map(EnterpriseDocument::toEnterprise);
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
        return firms.page(query, page).map(EnterpriseDocument::toEnterprise);
    }

    @Override
    public List<Enterprise> withReportFor(int year) {
        return all(Query.query(where("annualReports.filing.year").is(year)));
    }

    @Override
    public List<Enterprise> inAnyPoolEver() {
        return all(Query.query(new Criteria()
                .orOperator(
                        where("recognitions.tier").in(Tier.HIGH_TECH, Tier.SRDI_SME, Tier.LITTLE_GIANT),
                        where("designations.kind").is(Designation.LISTING_RESERVE))));
    }

    @Override
    public List<Enterprise> aboveScaleManufacturers() {
        return all(
                Query.query(where("annualReports.filing.aboveScaleManufacturer").is(true)));
    }

    @Override
    public List<String> withExpiryDueBy(LocalDate day, int limit) {
        var query = Query.query(where("recognitions")
                        .elemMatch(where("validUntil")
                                .lt(day)
                                .and("expiryAnnounced")
                                .ne(true)
                                .and("revokedOn")
                                .is(null)))
                .limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, firms.collection()).stream()
                .map(doc -> doc.getString("_id"))
                .toList();
    }

    private List<Enterprise> all(Query query) {
        query.with(Sort.by("_id")).fields().exclude(OutboxEntry.FIELD);
        return mongo.find(query, EnterpriseDocument.class, firms.collection()).stream()
                .map(EnterpriseDocument::toEnterprise)
                .toList();
    }
}
