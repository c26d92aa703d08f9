package cn.wuhu.sti.reporting.talent.readmodel;

import cn.wuhu.sti.events.talent.EnclaveEvent;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.events.talent.FundProjectEvent;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamEvent;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.rebuild.ReadModel;
import cn.wuhu.sti.reporting.talent.model.EnclaveProjectLanding;
import cn.wuhu.sti.reporting.talent.model.FundInvestment;
import cn.wuhu.sti.reporting.talent.model.TalentFact;
import cn.wuhu.sti.reporting.talent.model.TeamIncorporation;
import cn.wuhu.sti.reporting.talent.model.TeamLanding;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per fact a talent indicator counts, its {@code _id} the kind of fact and what it is about: a team
 * lands once and is incorporated once, a fund project is invested in once, an enclave project lands once. Each
 * event is one upsert that sets the fact's fields, so an event sent again, with the same {@code ce_id} or the same
 * content under a new one, leaves the document as it was. A team dropped after landing still landed: its facts
 * stay. The events no indicator counts (sourcing, negotiation, signing, dropping, due diligence, rejection, an
 * enclave's opening and incubations) are not kept.
 */
@Component
class TalentFactReadModel implements ReadModel {

    static final String COLLECTION = "talent_facts";

    private enum Kind {
        TEAM_LANDED,
        TEAM_INCORPORATED,
        FUND_PROJECT_INVESTED,
        ENCLAVE_PROJECT_LANDED
    }

    private final MongoOperations mongo;

    TalentFactReadModel(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void apply(TeamEvent event) {
        if (event instanceof TeamLanded landed) {
            record(
                    Kind.TEAM_LANDED,
                    landed.teamId(),
                    landed.landedOn(),
                    new Update()
                            .set("teamId", landed.teamId())
                            .set("district", landed.district().name()));
        } else if (event instanceof TeamIncorporated incorporated) {
            record(
                    Kind.TEAM_INCORPORATED,
                    incorporated.teamId(),
                    incorporated.incorporatedOn(),
                    new Update()
                            .set("teamId", incorporated.teamId())
                            .set("district", incorporated.district().name()));
        }
    }

    void apply(FundProjectEvent event) {
        if (event instanceof FundProjectInvested invested) {
            record(
                    Kind.FUND_PROJECT_INVESTED,
                    invested.projectId(),
                    invested.investedOn(),
                    new Update()
                            .set("projectId", invested.projectId())
                            .set("amount", new Decimal128(invested.amount())));
        }
    }

    void apply(EnclaveEvent event) {
        if (event instanceof EnclaveProjectLanded landed) {
            record(
                    Kind.ENCLAVE_PROJECT_LANDED,
                    landed.enclaveId() + "/" + landed.projectId(),
                    landed.landedOn(),
                    new Update()
                            .set("enclaveId", landed.enclaveId())
                            .set("projectId", landed.projectId())
                            .set("district", landed.district().name()));
        }
    }

    private void record(Kind kind, String about, LocalDate date, Update fields) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(kind.name() + ":" + about)),
                fields.set("kind", kind.name()).set("date", date.toString()),
                COLLECTION);
    }

    /** The facts dated in the year, of every district; ISO dates as text sort in date order. */
    List<TalentFact> factsOf(int year) {
        Query ofYear = Query.query(Criteria.where("date")
                .gte(LocalDate.of(year, 1, 1).toString())
                .lte(LocalDate.of(year, 12, 31).toString()));
        return mongo.find(ofYear, Document.class, COLLECTION).stream()
                .map(TalentFactReadModel::toFact)
                .toList();
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    private static TalentFact toFact(Document doc) {
        LocalDate date = LocalDate.parse(doc.getString("date"));
        return switch (Kind.valueOf(doc.getString("kind"))) {
            case TEAM_LANDED -> new TeamLanding(doc.getString("teamId"), date, district(doc));
            case TEAM_INCORPORATED -> new TeamIncorporation(doc.getString("teamId"), date, district(doc));
            case FUND_PROJECT_INVESTED ->
                new FundInvestment(
                        doc.getString("projectId"),
                        date,
                        doc.get("amount", Decimal128.class).bigDecimalValue());
            case ENCLAVE_PROJECT_LANDED ->
                new EnclaveProjectLanding(doc.getString("enclaveId"), doc.getString("projectId"), date, district(doc));
        };
    }

    private static District district(Document doc) {
        return District.valueOf(doc.getString("district"));
    }
}
