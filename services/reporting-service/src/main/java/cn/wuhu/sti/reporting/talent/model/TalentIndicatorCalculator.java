package cn.wuhu.sti.reporting.talent.model;

import static cn.wuhu.sti.reporting.talent.model.TalentIndicator.*;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        List<TalentFact> ofYear =
                facts.stream().filter(f -> f.date().getYear() == year).toList();
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(count(TEAMS_LANDED, located(ofYear, TeamLanding.class, district)));
        indicators.add(count(TEAMS_INCORPORATED, located(ofYear, TeamIncorporation.class, district)));
        if (district.isEmpty()) {
            List<FundInvestment> investments = ofYear.stream()
                    .filter(FundInvestment.class::isInstance)
                    .map(FundInvestment.class::cast)
                    .toList();
            indicators.add(count(FUND_INVESTED_COUNT, investments.size()));
            indicators.add(indicator(
                    FUND_INVESTED_AMOUNT,
                    investments.stream().map(FundInvestment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        indicators.add(count(ENCLAVE_PROJECTS_LANDED, located(ofYear, EnclaveProjectLanding.class, district)));
        return List.copyOf(indicators);
    }

    private static long located(
            List<TalentFact> facts, Class<? extends LocatedFact> kind, Optional<District> district) {
        return facts.stream()
                .filter(kind::isInstance)
                .map(LocatedFact.class::cast)
                .filter(f -> district.isEmpty() || f.district() == district.get())
                .count();
    }

    private static Indicator count(TalentIndicator indicator, long count) {
        return indicator(indicator, BigDecimal.valueOf(count));
    }

    private static Indicator indicator(TalentIndicator indicator, BigDecimal value) {
        return new Indicator(indicator.code(), indicator.chineseName(), value, indicator.unit());
    }
}
