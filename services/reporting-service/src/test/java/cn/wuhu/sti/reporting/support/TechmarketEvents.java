package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.events.techmarket.AchievementMatched;
import cn.wuhu.sti.events.techmarket.AchievementPublished;
import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ContractKind;
import cn.wuhu.sti.events.techmarket.ContractParty;
import cn.wuhu.sti.events.techmarket.MatchmakingActivityHeld;
import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.events.techmarket.ProgrammeProjectApproved;
import cn.wuhu.sti.events.techmarket.ScenarioLanded;
import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.events.techmarket.TechContractCorrected;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.events.techmarket.TechContractWithdrawn;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Object Mother of tech-market events; every contract gets a registration number of its own so tests do not meet. */
public final class TechmarketEvents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final long RUN = System.nanoTime() % 1_000_000_000L;

    public static String uniqueRegistrationNo() {
        return String.format("%09d%07d", RUN, SEQUENCE.incrementAndGet());
    }

    /** A development contract whose whole amount is the technology transaction. */
    public static TechContractRegistered registered(
            String registrationNo, String signedOn, String registeredOn, District district, String amount) {
        return registered(registrationNo, signedOn, registeredOn, district, amount, amount);
    }

    public static TechContractRegistered registered(
            String registrationNo,
            String signedOn,
            String registeredOn,
            District district,
            String contractAmount,
            String techTransactionAmount) {
        return new TechContractRegistered(
                registrationNo,
                ContractKind.DEVELOPMENT,
                seller(),
                buyer(),
                new BigDecimal(contractAmount),
                new BigDecimal(techTransactionAmount),
                LocalDate.parse(signedOn),
                LocalDate.parse(registeredOn),
                district);
    }

    /** The contract as corrected on {@code correctedOn}, with the figures it counted with before. */
    public static TechContractCorrected corrected(
            TechContractRegistered before, String correctedOn, String registeredOn, District district, String amount) {
        return new TechContractCorrected(
                before.registrationNo(),
                LocalDate.parse(correctedOn),
                before.kind(),
                before.seller(),
                before.buyer(),
                new BigDecimal(amount),
                new BigDecimal(amount),
                before.signedOn(),
                LocalDate.parse(registeredOn),
                district,
                before.registeredOn(),
                before.district(),
                before.contractAmount(),
                before.techTransactionAmount());
    }

    /** The same contract again, corrected once more from the figures of {@code before}. */
    public static TechContractCorrected corrected(TechContractCorrected before, String correctedOn, String amount) {
        return new TechContractCorrected(
                before.registrationNo(),
                LocalDate.parse(correctedOn),
                before.kind(),
                before.seller(),
                before.buyer(),
                new BigDecimal(amount),
                new BigDecimal(amount),
                before.signedOn(),
                before.registeredOn(),
                before.district(),
                before.registeredOn(),
                before.district(),
                before.contractAmount(),
                before.techTransactionAmount());
    }

    public static TechContractWithdrawn withdrawn(TechContractRegistered registered, String withdrawnOn) {
        return new TechContractWithdrawn(
                registered.registrationNo(),
                LocalDate.parse(withdrawnOn),
                "登记信息有误",
                registered.registeredOn(),
                registered.district(),
                registered.contractAmount(),
                registered.techTransactionAmount());
    }

    public static AchievementPublished achievementPublished(
            String achievementId, String publishedOn, Optional<District> district) {
        return achievementPublished(achievementId, publishedOn, district, Industry.ROBOTICS);
    }

    public static AchievementPublished achievementPublished(
            String achievementId, String publishedOn, Optional<District> district, Industry industry) {
        return new AchievementPublished(
                achievementId,
                "工业机器人视觉定位系统",
                Optional.empty(),
                "安徽工程大学",
                industry,
                LocalDate.parse(publishedOn),
                district);
    }

    public static AchievementMatched achievementMatched(String matchId, String matchedOn, Optional<District> district) {
        return new AchievementMatched(
                matchId,
                TalentEvents.uniqueId("achievement"),
                TalentEvents.uniqueId("demand"),
                LocalDate.parse(matchedOn),
                district);
    }

    public static ChallengeAwarded challengeAwarded(String challengeId, String awardedOn, String amount) {
        return new ChallengeAwarded(
                challengeId,
                EnterpriseEvents.uniqueUscc(),
                "芜湖揭榜科技有限公司",
                new BigDecimal(amount),
                LocalDate.parse(awardedOn),
                ChallengeCategory.KEY_CORE_TECH,
                Industry.ROBOTICS);
    }

    public static ScenarioLanded scenarioLanded(String scenarioId, String landedOn, District district) {
        return new ScenarioLanded(
                scenarioId, LocalDate.parse(landedOn), district, ScenarioList.OPPORTUNITY, Industry.ROBOTICS);
    }

    public static ProgrammeProjectApproved programmeProjectApproved(
            String projectId, String approvedOn, District district, String publicFunding, String selfInvestment) {
        return new ProgrammeProjectApproved(
                projectId,
                "高精度减速器研发",
                ProgrammeKind.REGULAR,
                EnterpriseEvents.uniqueUscc(),
                district,
                LocalDate.parse(approvedOn),
                new BigDecimal(publicFunding),
                new BigDecimal(selfInvestment));
    }

    public static MatchmakingActivityHeld activityHeld(String activityId, String heldOn, Optional<District> district) {
        return new MatchmakingActivityHeld(
                activityId,
                "机器人产业科技畅聊会",
                ActivityKind.CITY_LEADER_FORUM,
                LocalDate.parse(heldOn),
                district,
                Optional.of(Industry.ROBOTICS));
    }

    private static ContractParty seller() {
        return new ContractParty(Optional.empty(), "安徽工程大学");
    }

    private static ContractParty buyer() {
        return new ContractParty(Optional.of(EnterpriseEvents.uniqueUscc()), "芜湖测试科技有限公司");
    }

    private TechmarketEvents() {}
}
