package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear.Figure;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Computes the tech-market indicators of a year, amounts exact to the fen. A contract counts in the year it was
 * registered (not signed) and in its district, with its figures as last corrected, and not at all once withdrawn.
 * The other facts count in the year of their date and, under a district filter, in the district they name: a
 * scenario's landing district, a programme project's district, and an achievement's, match's or activity's when
 * the event gives one (those that give none count for the whole city only). Challenge awards name no district, so
 * their two indicators are left out of a district's report, as the talent fund's are. Each value lists its facts: a
 * contract with the event that last set its figures, each amount as last corrected.
 */
public final class TechmarketIndicatorCalculator {

    public List<Measured> measure(int year, Optional<District> district, Collection<TechmarketFact> facts) {
        FactsOfYear ofYear = FactsOfYear.of(year, district, facts);
        List<RegisteredContract> contracts = ofYear.all(RegisteredContract.class).stream()
                .filter(contract -> !contract.withdrawn())
                .toList();
        return ofYear.answer(TechmarketIndicator.values(), indicator -> figure(indicator, ofYear, contracts));
    }

    private static Figure figure(TechmarketIndicator indicator, FactsOfYear facts, List<RegisteredContract> contracts) {
        return switch (indicator) {
            case CONTRACTS_COUNT -> facts.count(contracts);
            case CONTRACTS_AMOUNT -> facts.sum(contracts, RegisteredContract::contractAmount);
            case TRANSACTIONS_AMOUNT -> facts.sum(contracts, RegisteredContract::techTransactionAmount);
            case ACHIEVEMENTS_PUBLISHED -> facts.count(facts.all(PublishedAchievement.class));
            case MATCHES_COUNT -> facts.count(facts.all(Match.class));
            case CHALLENGES_AWARDED -> facts.count(facts.all(AwardedChallenge.class));
            case CHALLENGES_AWARDED_AMOUNT -> facts.sum(facts.all(AwardedChallenge.class), AwardedChallenge::amount);
            case SCENARIOS_LANDED -> facts.count(facts.all(LandedScenario.class));
            case PROGRAMME_PROJECTS -> facts.count(facts.all(ApprovedProgrammeProject.class));
            case PROGRAMME_PUBLIC_FUNDING ->
                facts.sum(facts.all(ApprovedProgrammeProject.class), ApprovedProgrammeProject::publicFunding);
            case PROGRAMME_SELF_INVESTMENT ->
                facts.sum(facts.all(ApprovedProgrammeProject.class), ApprovedProgrammeProject::selfInvestment);
            case ACTIVITIES_COUNT -> facts.count(facts.all(HeldActivity.class));
        };
    }
}
