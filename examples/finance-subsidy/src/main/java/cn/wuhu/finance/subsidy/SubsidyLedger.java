package cn.wuhu.finance.subsidy;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The subsidies paid, in the department's own MongoDB. A recognition is paid at most once because its subsidy's id
 * is the recognition's: even an event handled twice (the platform re-sent it and the department's delivery log lost
 * the first time in a crash) cannot pay twice.
 */
@Component
class SubsidyLedger {

    private final MongoTemplate mongo;

    SubsidyLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether this payment was new; {@code false} when the recognition had been paid already. */
    boolean pay(Subsidy subsidy) {
        try {
            mongo.insert(subsidy);
            return true;
        } catch (DuplicateKeyException alreadyPaid) {
            return false;
        }
    }

    boolean paidForARecognitionValidOn(String uscc, LocalDate day) {
        return mongo.exists(
                Query.query(Criteria.where("uscc")
                        .is(uscc)
                        .and("recognizedOn")
                        .lte(day)
                        .and("validUntil")
                        .gte(day)),
                Subsidy.class);
    }

    long count() {
        return mongo.count(new Query(), Subsidy.class);
    }
}
