package cn.wuhu.sti.enterprise.eligibility;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.enterprise.eligibility.model.NationalCriteria;
import cn.wuhu.sti.enterprise.eligibility.model.RuleSet;
import cn.wuhu.sti.enterprise.eligibility.model.RuleSets;
import cn.wuhu.sti.reference.Tier;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Rule sets in their own collection; they publish no events, and none is ever changed once stored. */
@Repository
class RuleSetStore {

    private final MongoTemplate mongo;

    RuleSetStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The national high-tech criteria, unless already stored. Replicas starting together may both try: the fixed id
     * lets one insert win and the other find it there.
     */
    @EventListener(ApplicationReadyEvent.class)
    void storeTheDefault() {
        try {
            mongo.insert(RuleSetDocument.of(NationalCriteria.highTech()), RuleSetDocument.COLLECTION);
        } catch (DuplicateKeyException alreadyStored) {
            // stored by an earlier start or by another replica: the rule set is immutable, so it is the same one
        }
    }

    void insert(RuleSet ruleSet) {
        try {
            mongo.insert(RuleSetDocument.of(ruleSet), RuleSetDocument.COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new Conflict("A rule set for " + ruleSet.tier() + " effective from " + ruleSet.effectiveFrom()
                    + " is already recorded as " + ruleSet.id() + "; rule sets never change: define one with another"
                    + " effectiveFrom");
        }
    }

    Optional<RuleSet> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RuleSetDocument.class, RuleSetDocument.COLLECTION))
                .map(RuleSetDocument::toRuleSet);
    }

    /** By id: tier, then effectiveFrom, oldest first. */
    Page<RuleSet> page(Tier tier, Pageable pageable) {
        Query query = tier == null ? new Query() : Query.query(where("tier").is(tier));
        long total = mongo.count(Query.of(query), RuleSetDocument.class, RuleSetDocument.COLLECTION);
        var content = mongo
                .find(
                        Query.of(query).with(pageable).with(Sort.by("_id")),
                        RuleSetDocument.class,
                        RuleSetDocument.COLLECTION)
                .stream()
                .map(RuleSetDocument::toRuleSet)
                .toList();
        return new PageImpl<>(content, pageable, total);
    }

    RuleSets all() {
        return new RuleSets(mongo.findAll(RuleSetDocument.class, RuleSetDocument.COLLECTION).stream()
                .map(RuleSetDocument::toRuleSet)
                .toList());
    }
}
