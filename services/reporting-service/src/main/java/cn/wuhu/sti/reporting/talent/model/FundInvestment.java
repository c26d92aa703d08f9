package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The S&amp;T venture fund invested {@code amount} yuan in a project; the fund is the city's, so it has no district. */
public record FundInvestment(String projectId, LocalDate investedOn, BigDecimal amount) implements TalentFact {

    @Override
    public LocalDate date() {
        return investedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.empty();
    }
}
