package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
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
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tech-market facts for calculator tests; every fact is about a contract, project or item of its own, and stands on
 * an event of its own, of the type that records it. Where the event names an industry it is robotics unless a test
 * names one.
 */
final class TechmarketFactMother {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static RegisteredContract contract(String registeredOn, District district, String amount, String transaction) {
        return new RegisteredContract(
                String.format("%016d", SERIAL.incrementAndGet()),
                LocalDate.parse(registeredOn),
                district,
                new BigDecimal(amount),
                new BigDecimal(transaction),
                false,
                source(TechContractRegistered.class));
    }

    /** The contract as a correction left it: new figures, standing on the correction. */
    static RegisteredContract corrected(RegisteredContract contract, String amount, String transaction) {
        return new RegisteredContract(
                contract.registrationNo(),
                contract.registeredOn(),
                contract.district(),
                new BigDecimal(amount),
                new BigDecimal(transaction),
                false,
                source(TechContractCorrected.class));
    }

    static RegisteredContract withdrawn(RegisteredContract contract) {
        return new RegisteredContract(
                contract.registrationNo(),
                contract.registeredOn(),
                contract.district(),
                contract.contractAmount(),
                contract.techTransactionAmount(),
                true,
                source(TechContractWithdrawn.class));
    }

    static PublishedAchievement achievement(String on, Optional<District> district) {
        return new PublishedAchievement(
                next("achievement"),
                LocalDate.parse(on),
                district,
                Optional.of(Industry.ROBOTICS),
                source(AchievementPublished.class));
    }

    static Match match(String on, Optional<District> district) {
        return new Match(next("match"), LocalDate.parse(on), district, source(AchievementMatched.class));
    }

    static AwardedChallenge award(String on, String amount) {
        return new AwardedChallenge(
                next("challenge"),
                LocalDate.parse(on),
                new BigDecimal(amount),
                Optional.of(Industry.ROBOTICS),
                source(ChallengeAwarded.class));
    }

    static LandedScenario scenario(String on, District district) {
        return new LandedScenario(
                next("scenario"),
                LocalDate.parse(on),
                district,
                Optional.of(Industry.ROBOTICS),
                source(ScenarioLanded.class));
    }

    static ApprovedProgrammeProject programmeProject(
            String on, District district, String publicFunding, String selfInvestment) {
        return new ApprovedProgrammeProject(
                next("project"),
                LocalDate.parse(on),
                district,
                new BigDecimal(publicFunding),
                new BigDecimal(selfInvestment),
                source(ProgrammeProjectApproved.class));
    }

    static HeldActivity activity(String on, Optional<District> district) {
        return activity(on, district, Optional.empty());
    }

    static HeldActivity activity(String on, Optional<District> district, Optional<Industry> industry) {
        return new HeldActivity(
                next("activity"), LocalDate.parse(on), district, industry, source(MatchmakingActivityHeld.class));
    }

    private static SourceEvent source(Class<? extends DomainEvent> type) {
        return new SourceEvent(next("event"), EventCatalog.of(type).type());
    }

    private static String next(String kind) {
        return kind + "-" + SERIAL.incrementAndGet();
    }

    private TechmarketFactMother() {}
}
