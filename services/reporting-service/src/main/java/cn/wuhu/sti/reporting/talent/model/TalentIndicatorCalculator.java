package cn.wuhu.sti.reporting.talent.model;

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
 * Computes the talent indicators of a year: each fact counts in the year of its date and, under a district filter,
 * in the district it names — a team's landing district, for its incorporation too, and an enclave project's landing
 * district. Fund investments name no district: the fund is the city's, so its two indicators are answered for the
 * whole city and left out of a district's report (a 0 there would claim the district had no investment).
 */
public final class TalentIndicatorCalculator {

    public List<Indicator> calculate(int year, Optional<District> district, Collection<TalentFact> facts) {
        FactsOfYear ofYear = FactsOfYear.of(year, district, facts);
        return ofYear.answer(TalentIndicator.values(), indicator -> value(indicator, ofYear));
    }

    private static BigDecimal value(TalentIndicator indicator, FactsOfYear facts) {
        return switch (indicator) {
            case TEAMS_LANDED -> count(facts.all(TeamLanding.class));
            case TEAMS_INCORPORATED -> count(facts.all(TeamIncorporation.class));
            case FUND_INVESTED_COUNT -> count(facts.all(FundInvestment.class));
            case FUND_INVESTED_AMOUNT -> sum(facts.all(FundInvestment.class), FundInvestment::amount);
            case ENCLAVE_PROJECTS_LANDED -> count(facts.all(EnclaveProjectLanding.class));
        };
    }
}
