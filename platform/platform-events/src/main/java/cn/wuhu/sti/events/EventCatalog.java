package cn.wuhu.sti.events;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.CandidateIdentified;
import cn.wuhu.sti.events.enterprise.EnterpriseDesignated;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.events.enterprise.RecognitionExpired;
import cn.wuhu.sti.events.enterprise.RecognitionRevoked;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.events.parks.DispatchHeld;
import cn.wuhu.sti.events.parks.ParkConstructionStarted;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.events.parks.PlatformAccredited;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.events.statistics.StatisticsReported;
import cn.wuhu.sti.events.talent.DueDiligenceStarted;
import cn.wuhu.sti.events.talent.EnclaveOpened;
import cn.wuhu.sti.events.talent.EnclaveProjectIncubated;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.FundProjectRejected;
import cn.wuhu.sti.events.talent.FundProjectSourced;
import cn.wuhu.sti.events.talent.TeamDropped;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.events.talent.TeamNegotiationStarted;
import cn.wuhu.sti.events.talent.TeamSigned;
import cn.wuhu.sti.events.talent.TeamSourced;
import cn.wuhu.sti.events.techmarket.AchievementMatched;
import cn.wuhu.sti.events.techmarket.AchievementPublished;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.ChallengeCompleted;
import cn.wuhu.sti.events.techmarket.ChallengePublished;
import cn.wuhu.sti.events.techmarket.DemandPublished;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.events.techmarket.ProgrammeProjectApproved;
import cn.wuhu.sti.events.techmarket.ScenarioLanded;
import cn.wuhu.sti.events.techmarket.ScenarioPublished;
import cn.wuhu.sti.events.techmarket.TechContractCorrected;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.events.techmarket.TechContractWithdrawn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type the platform publishes. A new context adds its types here and nowhere else. */
public final class EventCatalog {

    public static final String SPEC_PREFIX = "cn.wuhu.sti.";

    private static final List<EventType> ALL = List.of(
            v1(EnterpriseRegistered.class, "enterprise", "registered", Topics.ENTERPRISE),
            v1(EnterpriseRecognized.class, "enterprise", "recognized", Topics.ENTERPRISE),
            v1(AnnualReportFiled.class, "enterprise", "annual-report-filed", Topics.ENTERPRISE),
            v1(RecognitionRevoked.class, "enterprise", "recognition-revoked", Topics.ENTERPRISE),
            v1(RecognitionExpired.class, "enterprise", "recognition-expired", Topics.ENTERPRISE),
            v1(EnterpriseDesignated.class, "enterprise", "designated", Topics.ENTERPRISE),
            v1(CandidateIdentified.class, "enterprise", "candidate-identified", Topics.ENTERPRISE),
            v1(TeamSourced.class, "talent", "team-sourced", Topics.TALENT),
            v1(TeamNegotiationStarted.class, "talent", "team-negotiation-started", Topics.TALENT),
            v1(TeamSigned.class, "talent", "team-signed", Topics.TALENT),
            v1(TeamLanded.class, "talent", "team-landed", Topics.TALENT),
            v1(TeamIncorporated.class, "talent", "team-incorporated", Topics.TALENT),
            v1(TeamDropped.class, "talent", "team-dropped", Topics.TALENT),
            v1(FundProjectSourced.class, "talent", "fund-project-sourced", Topics.TALENT),
            v1(DueDiligenceStarted.class, "talent", "due-diligence-started", Topics.TALENT),
            v1(FundProjectInvested.class, "talent", "fund-project-invested", Topics.TALENT),
            v1(FundProjectRejected.class, "talent", "fund-project-rejected", Topics.TALENT),
            v1(EnclaveOpened.class, "talent", "enclave-opened", Topics.TALENT),
            v1(EnclaveProjectIncubated.class, "talent", "enclave-project-incubated", Topics.TALENT),
            v1(EnclaveProjectLanded.class, "talent", "enclave-project-landed", Topics.TALENT),
            v1(TechContractRegistered.class, "techmarket", "tech-contract-registered", Topics.TECHMARKET),
            v1(TechContractCorrected.class, "techmarket", "tech-contract-corrected", Topics.TECHMARKET),
            v1(TechContractWithdrawn.class, "techmarket", "tech-contract-withdrawn", Topics.TECHMARKET),
            v1(AchievementPublished.class, "techmarket", "achievement-published", Topics.TECHMARKET),
            v1(DemandPublished.class, "techmarket", "demand-published", Topics.TECHMARKET),
            v1(AchievementMatched.class, "techmarket", "achievement-matched", Topics.TECHMARKET),
            v1(ChallengePublished.class, "techmarket", "challenge-published", Topics.TECHMARKET),
            v1(ChallengeAwarded.class, "techmarket", "challenge-awarded", Topics.TECHMARKET),
            v1(ChallengeCompleted.class, "techmarket", "challenge-completed", Topics.TECHMARKET),
            v1(ScenarioPublished.class, "techmarket", "scenario-published", Topics.TECHMARKET),
            v1(ScenarioLanded.class, "techmarket", "scenario-landed", Topics.TECHMARKET),
            v1(ProgrammeProjectApproved.class, "techmarket", "programme-project-approved", Topics.TECHMARKET),
            v1(MatchmakingActivityHeld.class, "techmarket", "matchmaking-activity-held", Topics.TECHMARKET),
            v1(ParkPlanned.class, "parks", "park-planned", Topics.PARKS),
            v1(ParkConstructionStarted.class, "parks", "park-construction-started", Topics.PARKS),
            v1(ParkOpened.class, "parks", "park-opened", Topics.PARKS),
            v1(TenantMovedIn.class, "parks", "tenant-moved-in", Topics.PARKS),
            v1(TenantMovedOut.class, "parks", "tenant-moved-out", Topics.PARKS),
            v1(CarrierAccredited.class, "parks", "carrier-accredited", Topics.PARKS),
            v1(CarrierLevelRaised.class, "parks", "carrier-level-raised", Topics.PARKS),
            v1(PlatformAccredited.class, "parks", "platform-accredited", Topics.PARKS),
            v1(DispatchHeld.class, "parks", "dispatch-held", Topics.PARKS),
            v1(StatisticsReported.class, "statistics", "statistics-reported", Topics.STATISTICS));

    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));
    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    public static List<EventType> all() {
        return ALL;
    }

    public static EventType of(DomainEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<? extends DomainEvent> javaType) {
        EventType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalog: " + javaType.getName());
        }
        return type;
    }

    public static Optional<EventType> byType(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    /** {@code cn.wuhu.sti.<context>.<name>.v1}, its schema at {@code <context>/<name>.v1.schema.json}. */
    private static EventType v1(Class<? extends DomainEvent> javaType, String context, String name, String topic) {
        return new EventType(
                javaType, SPEC_PREFIX + context + "." + name + ".v1", topic, context + "/" + name + ".v1.schema.json");
    }

    private EventCatalog() {}
}
