package cn.wuhu.sti.reporting.techmarket.model;

import static cn.wuhu.sti.reporting.fact.model.FactsOfYear.count;
import static cn.wuhu.sti.reporting.fact.model.FactsOfYear.sum;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Computes the tech-market indicators of a year, amounts exact to the fen. A contract counts in the year it was
 * registered (not signed) and in its district, with its figures as last corrected, and not at all once withdrawn.
 * The other facts count in the year of their date and, under a district filter, in the district they name: a
 * scenario's landing district, a programme project's district, and an achievement's, match's or activity's when
 * the event gives one (those that give none count for the whole city only). Challenge awards name no district, so
 * their two indicators are left out of a district's report, as the talent fund's are.
 */
public final class TechmarketIndicatorCalculator {

    public List<Indicator> calculate(int year, Optional<District> district, Collection<TechmarketFact> facts) {
        FactsOfYear ofYear = FactsOfYear.of(year, district, facts);
        List<RegisteredContract> contracts = ofYear.all(RegisteredContract.class).stream()
                .filter(contract -> !contract.withdrawn())
                .toList();
        return ofYear.answer(TechmarketIndicator.values(), indicator -> value(indicator, ofYear, contracts));
    }

    private static BigDecimal value(
            TechmarketIndicator indicator, FactsOfYear facts, List<RegisteredContract> contracts) {
        return switch (indicator) {
            case CONTRACTS_COUNT -> count(contracts);
            case CONTRACTS_AMOUNT -> sum(contracts, RegisteredContract::contractAmount);
            case TRANSACTIONS_AMOUNT -> sum(contracts, RegisteredContract::techTransactionAmount);
            case ACHIEVEMENTS_PUBLISHED -> count(facts.all(PublishedAchievement.class));
            case MATCHES_COUNT -> count(facts.all(Match.class));
            case CHALLENGES_AWARDED -> count(facts.all(AwardedChallenge.class));
            case CHALLENGES_AWARDED_AMOUNT -> sum(facts.all(AwardedChallenge.class), AwardedChallenge::amount);
            case SCENARIOS_LANDED -> count(facts.all(LandedScenario.class));
            case PROGRAMME_PROJECTS -> count(facts.all(ApprovedProgrammeProject.class));
            case PROGRAMME_PUBLIC_FUNDING ->
                sum(facts.all(ApprovedProgrammeProject.class), ApprovedProgrammeProject::publicFunding);
            case PROGRAMME_SELF_INVESTMENT ->
                sum(facts.all(ApprovedProgrammeProject.class), ApprovedProgrammeProject::selfInvestment);
            case ACTIVITIES_COUNT -> count(facts.all(HeldActivity.class));
        };
    }
}
