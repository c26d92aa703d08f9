package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear.Figure;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Computes the talent indicators of a year: each fact counts in the year of its date and, under a district filter,
 * in the district it names — a team's landing district, for its incorporation too, and an enclave project's landing
 * district. Fund investments name no district: the fund is the city's, so its two indicators are answered for the
 * whole city and left out of a district's report (a 0 there would claim the district had no investment). Each value
 * lists its facts: the landings, incorporations or investments it counts, the investments with their amounts.
 */
public final class TalentIndicatorCalculator {

    public List<Measured> measure(int year, Optional<District> district, Collection<TalentFact> facts) {
        FactsOfYear ofYear = FactsOfYear.of(year, district, facts);
        return ofYear.answer(TalentIndicator.values(), indicator -> figure(indicator, ofYear));
    }

    private static Figure figure(TalentIndicator indicator, FactsOfYear facts) {
        return switch (indicator) {
            case TEAMS_LANDED -> facts.count(facts.all(TeamLanding.class));
            case TEAMS_INCORPORATED -> facts.count(facts.all(TeamIncorporation.class));
            case FUND_INVESTED_COUNT -> facts.count(facts.all(FundInvestment.class));
            case FUND_INVESTED_AMOUNT -> facts.sum(facts.all(FundInvestment.class), FundInvestment::amount);
            case ENCLAVE_PROJECTS_LANDED -> facts.count(facts.all(EnclaveProjectLanding.class));
        };
    }
}
