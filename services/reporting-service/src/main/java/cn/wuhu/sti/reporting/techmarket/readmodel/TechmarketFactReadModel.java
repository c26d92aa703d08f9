package cn.wuhu.sti.reporting.techmarket.readmodel;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.techmarket.AchievementMatched;
import cn.wuhu.sti.events.techmarket.AchievementPublished;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.events.techmarket.ProgrammeProjectApproved;
import cn.wuhu.sti.events.techmarket.ScenarioLanded;
import cn.wuhu.sti.events.techmarket.TechContractCorrected;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.events.techmarket.TechContractWithdrawn;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import cn.wuhu.sti.reporting.techmarket.model.ApprovedProgrammeProject;
import cn.wuhu.sti.reporting.techmarket.model.AwardedChallenge;
import cn.wuhu.sti.reporting.techmarket.model.HeldActivity;
import cn.wuhu.sti.reporting.techmarket.model.LandedScenario;
import cn.wuhu.sti.reporting.techmarket.model.Match;
import cn.wuhu.sti.reporting.techmarket.model.PublishedAchievement;
import cn.wuhu.sti.reporting.techmarket.model.RegisteredContract;
import cn.wuhu.sti.reporting.techmarket.model.TechmarketFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The tech-market facts. An achievement is published once, a pair matched once, a challenge awarded once, a
 * scenario lands once, a project is approved once and an activity held once: each is one idempotent upsert (see
 * {@link FactReadModel}).
 *
 * <p>A contract is one document that changes: its registration, corrections and withdrawal each apply once, by
 * {@code ce_id}, which the document keeps in {@code appliedEvents}, and the document names the last event applied
 * (see {@link FactReadModel#updateWhile}). The registration only records a contract not yet known; a correction
 * replaces the figures, year and district unless the contract was withdrawn, and the contract then names the
 * correction; a withdrawal marks it withdrawn for good, and it then counts in no year. The techmarket service keys a
 * contract's events by its registration number, so they arrive in order; what comes out of order is a re-send of an
 * older event, and that changes nothing: a registration re-sent after a correction or withdrawal, an earlier
 * correction re-sent after a later one, any correction after the withdrawal. The {@code previous…} figures of a
 * correction and a withdrawal's own are not needed for the restatement (the contract's year is whatever its
 * document now says); a withdrawal of a contract never seen still records it, withdrawn, so its registration
 * arriving later cannot bring it back.
 *
 * <p>Demands, published challenges, their completion and published scenarios are counted by no indicator and not kept.
 * An achievement, award, scenario and activity keep the industry their event names; contracts, matches and programme
 * projects name none.
 */
@Component
class TechmarketFactReadModel extends FactReadModel<TechmarketFactReadModel.Kind, TechmarketFact> {

    static final String COLLECTION = "techmarket_facts";

    enum Kind {
        CONTRACT,
        ACHIEVEMENT_PUBLISHED,
        ACHIEVEMENT_MATCHED,
        CHALLENGE_AWARDED,
        SCENARIO_LANDED,
        PROGRAMME_PROJECT_APPROVED,
        ACTIVITY_HELD
    }

    private static final String APPLIED_EVENTS = "appliedEvents";
    private static final String WITHDRAWN = "withdrawn";

    TechmarketFactReadModel(MongoOperations mongo, ReadModelGenerations generations) {
        super(mongo, generations, COLLECTION, Kind.class);
    }

    /** Applies the event {@code source} carried; events no indicator counts are ignored. */
    void apply(DomainEvent event, SourceEvent source) {
        if (event instanceof TechContractRegistered registered) {
            Update update = new Update().set(WITHDRAWN, false);
            figures(
                            registered.registeredOn(),
                            registered.district(),
                            registered.contractAmount(),
                            registered.techTransactionAmount())
                    .forEach(update::set);
            applyOnce(registered.registrationNo(), source, notYetKnown(), update);
        } else if (event instanceof TechContractCorrected corrected) {
            Update update = new Update().setOnInsert(WITHDRAWN, false);
            figures(
                            corrected.registeredOn(),
                            corrected.district(),
                            corrected.contractAmount(),
                            corrected.techTransactionAmount())
                    .forEach(update::set);
            applyOnce(
                    corrected.registrationNo(),
                    source,
                    notYetApplied(source).and(WITHDRAWN).ne(true),
                    update);
        } else if (event instanceof TechContractWithdrawn withdrawn) {
            Update update = new Update().set(WITHDRAWN, true);
            figures(
                            withdrawn.registeredOn(),
                            withdrawn.district(),
                            withdrawn.contractAmount(),
                            withdrawn.techTransactionAmount())
                    .forEach(update::setOnInsert);
            applyOnce(withdrawn.registrationNo(), source, notYetApplied(source), update);
        } else {
            applyFact(event, source);
        }
    }

    private void applyFact(DomainEvent event, SourceEvent source) {
        if (event instanceof AchievementPublished published) {
            record(
                    Kind.ACHIEVEMENT_PUBLISHED,
                    published.achievementId(),
                    published.publishedOn(),
                    source,
                    withIndustry(withPlace(new Update(), published.district()), published.industry()));
        } else if (event instanceof AchievementMatched matched) {
            record(
                    Kind.ACHIEVEMENT_MATCHED,
                    matched.matchId(),
                    matched.matchedOn(),
                    source,
                    withPlace(new Update(), matched.district()));
        } else if (event instanceof ChallengeAwarded awarded) {
            record(
                    Kind.CHALLENGE_AWARDED,
                    awarded.challengeId(),
                    awarded.awardedOn(),
                    source,
                    withIndustry(new Update(), awarded.industry()).set("amount", exact(awarded.amount())));
        } else if (event instanceof ScenarioLanded landed) {
            record(
                    Kind.SCENARIO_LANDED,
                    landed.scenarioId(),
                    landed.landedOn(),
                    source,
                    withIndustry(withPlace(new Update(), Optional.of(landed.district())), landed.industry()));
        } else if (event instanceof ProgrammeProjectApproved approved) {
            record(
                    Kind.PROGRAMME_PROJECT_APPROVED,
                    approved.projectId(),
                    approved.approvedOn(),
                    source,
                    withPlace(new Update(), Optional.of(approved.district()))
                            .set("publicFunding", exact(approved.publicFunding()))
                            .set("selfInvestment", exact(approved.selfInvestment())));
        } else if (event instanceof MatchmakingActivityHeld held) {
            record(
                    Kind.ACTIVITY_HELD,
                    held.activityId(),
                    held.heldOn(),
                    source,
                    withIndustry(withPlace(new Update(), held.district()), held.industry()));
        }
    }

    private void applyOnce(String registrationNo, SourceEvent source, Criteria guard, Update update) {
        updateWhile(Kind.CONTRACT, registrationNo, source, guard, update.addToSet(APPLIED_EVENTS, source.id()));
    }

    private static Criteria notYetApplied(SourceEvent source) {
        return Criteria.where(APPLIED_EVENTS).ne(source.id());
    }

    private static Criteria notYetKnown() {
        return Criteria.where(APPLIED_EVENTS).exists(false);
    }

    /** The figures a contract counts with, by field. */
    private static Map<String, Object> figures(
            LocalDate registeredOn, District district, BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        return Map.of(
                "date", registeredOn.toString(),
                "district", district.name(),
                "contractAmount", exact(contractAmount),
                "techTransactionAmount", exact(techTransactionAmount));
    }

    @Override
    protected TechmarketFact toFact(Kind kind, Document doc) {
        return switch (kind) {
            case CONTRACT ->
                new RegisteredContract(
                        about(doc),
                        date(doc),
                        district(doc),
                        amount(doc, "contractAmount"),
                        amount(doc, "techTransactionAmount"),
                        doc.getBoolean(WITHDRAWN, false),
                        source(doc));
            case ACHIEVEMENT_PUBLISHED ->
                new PublishedAchievement(about(doc), date(doc), place(doc), industry(doc), source(doc));
            case ACHIEVEMENT_MATCHED -> new Match(about(doc), date(doc), place(doc), source(doc));
            case CHALLENGE_AWARDED ->
                new AwardedChallenge(about(doc), date(doc), amount(doc, "amount"), industry(doc), source(doc));
            case SCENARIO_LANDED ->
                new LandedScenario(about(doc), date(doc), district(doc), industry(doc), source(doc));
            case PROGRAMME_PROJECT_APPROVED ->
                new ApprovedProgrammeProject(
                        about(doc),
                        date(doc),
                        district(doc),
                        amount(doc, "publicFunding"),
                        amount(doc, "selfInvestment"),
                        source(doc));
            case ACTIVITY_HELD -> new HeldActivity(about(doc), date(doc), place(doc), industry(doc), source(doc));
        };
    }
}
