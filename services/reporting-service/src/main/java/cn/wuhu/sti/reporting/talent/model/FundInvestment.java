package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The S&amp;T venture fund invested {@code amount} yuan in a project; the fund is the city's, so it has no district. */
public record FundInvestment(
        String projectId, LocalDate investedOn, BigDecimal amount, Optional<Industry> industry, SourceEvent source)
        implements TalentFact {

    @Override
    public LocalDate date() {
        return investedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.empty();
    }

    @Override
    public String subject() {
        return projectId;
    }
}
