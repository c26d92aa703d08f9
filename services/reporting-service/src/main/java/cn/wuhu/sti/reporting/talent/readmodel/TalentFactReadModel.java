package cn.wuhu.sti.reporting.talent.readmodel;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import cn.wuhu.sti.reporting.talent.model.EnclaveProjectLanding;
import cn.wuhu.sti.reporting.talent.model.FundInvestment;
import cn.wuhu.sti.reporting.talent.model.TalentFact;
import cn.wuhu.sti.reporting.talent.model.TeamIncorporation;
import cn.wuhu.sti.reporting.talent.model.TeamLanding;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The talent facts: a team lands once and is incorporated once, a fund project is invested in once, an enclave
 * project lands once, so each is one idempotent upsert (see {@link FactReadModel}), whether an event comes again with
 * the same {@code ce_id} or the same content under a new one. A team dropped after landing still landed: its facts
 * stay. The events no indicator counts (sourcing, negotiation, signing, dropping, due diligence, rejection, an
 * enclave's opening and incubations) are not kept. Every kept event names its industry, and each fact keeps it.
 */
@Component
class TalentFactReadModel extends FactReadModel<TalentFactReadModel.Kind, TalentFact> {

    static final String COLLECTION = "talent_facts";

    enum Kind {
        TEAM_LANDED,
        TEAM_INCORPORATED,
        FUND_PROJECT_INVESTED,
        ENCLAVE_PROJECT_LANDED
    }

    TalentFactReadModel(MongoOperations mongo, ReadModelGenerations generations) {
        super(mongo, generations, COLLECTION, Kind.class);
    }

    /** Applies the event {@code source} carried; events no indicator counts are ignored. */
    void apply(DomainEvent event, SourceEvent source) {
        if (event instanceof TeamLanded landed) {
            record(
                    Kind.TEAM_LANDED,
                    landed.teamId(),
                    landed.landedOn(),
                    source,
                    withIndustry(new Update(), landed.industry())
                            .set("teamId", landed.teamId())
                            .set("district", landed.district().name()));
        } else if (event instanceof TeamIncorporated incorporated) {
            record(
                    Kind.TEAM_INCORPORATED,
                    incorporated.teamId(),
                    incorporated.incorporatedOn(),
                    source,
                    withIndustry(new Update(), incorporated.industry())
                            .set("teamId", incorporated.teamId())
                            .set("district", incorporated.district().name()));
        } else if (event instanceof FundProjectInvested invested) {
            record(
                    Kind.FUND_PROJECT_INVESTED,
                    invested.projectId(),
                    invested.investedOn(),
                    source,
                    withIndustry(new Update(), invested.industry())
                            .set("projectId", invested.projectId())
                            .set("amount", exact(invested.amount())));
        } else if (event instanceof EnclaveProjectLanded landed) {
            record(
                    Kind.ENCLAVE_PROJECT_LANDED,
                    landed.enclaveId() + "/" + landed.projectId(),
                    landed.landedOn(),
                    source,
                    withIndustry(new Update(), landed.industry())
                            .set("enclaveId", landed.enclaveId())
                            .set("projectId", landed.projectId())
                            .set("district", landed.district().name()));
        }
    }

    @Override
    protected TalentFact toFact(Kind kind, Document doc) {
        return switch (kind) {
            case TEAM_LANDED ->
                new TeamLanding(doc.getString("teamId"), date(doc), district(doc), industry(doc), source(doc));
            case TEAM_INCORPORATED ->
                new TeamIncorporation(doc.getString("teamId"), date(doc), district(doc), industry(doc), source(doc));
            case FUND_PROJECT_INVESTED ->
                new FundInvestment(
                        doc.getString("projectId"), date(doc), amount(doc, "amount"), industry(doc), source(doc));
            case ENCLAVE_PROJECT_LANDED ->
                new EnclaveProjectLanding(
                        doc.getString("enclaveId"),
                        doc.getString("projectId"),
                        date(doc),
                        district(doc),
                        industry(doc),
                        source(doc));
        };
    }
}
