package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Tech-market facts for calculator tests; every fact is about a contract, project or item of its own. */
final class TechmarketFactMother {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static RegisteredContract contract(String registeredOn, District district, String amount, String transaction) {
        return new RegisteredContract(
                String.format("%016d", SERIAL.incrementAndGet()),
                LocalDate.parse(registeredOn),
                district,
                new BigDecimal(amount),
                new BigDecimal(transaction),
                false);
    }

    static RegisteredContract withdrawn(RegisteredContract contract) {
        return new RegisteredContract(
                contract.registrationNo(),
                contract.registeredOn(),
                contract.district(),
                contract.contractAmount(),
                contract.techTransactionAmount(),
                true);
    }

    static PublishedAchievement achievement(String on, Optional<District> district) {
        return new PublishedAchievement(next("achievement"), LocalDate.parse(on), district);
    }

    static Match match(String on, Optional<District> district) {
        return new Match(next("match"), LocalDate.parse(on), district);
    }

    static AwardedChallenge award(String on, String amount) {
        return new AwardedChallenge(next("challenge"), LocalDate.parse(on), new BigDecimal(amount));
    }

    static LandedScenario scenario(String on, District district) {
        return new LandedScenario(next("scenario"), LocalDate.parse(on), district);
    }

    static ApprovedProgrammeProject programmeProject(
            String on, District district, String publicFunding, String selfInvestment) {
        return new ApprovedProgrammeProject(
                next("project"),
                LocalDate.parse(on),
                district,
                new BigDecimal(publicFunding),
                new BigDecimal(selfInvestment));
    }

    static HeldActivity activity(String on, Optional<District> district) {
        return new HeldActivity(next("activity"), LocalDate.parse(on), district);
    }

    private static String next(String kind) {
        return kind + "-" + SERIAL.incrementAndGet();
    }

    private TechmarketFactMother() {}
}
