package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A challenge (揭榜挂帅) was awarded {@code amount} yuan. The award names no district (only the winner's USCC), so it
 * counts for the whole city only.
 */
public record AwardedChallenge(
        String challengeId, LocalDate awardedOn, BigDecimal amount, Optional<Industry> industry, SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return awardedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.empty();
    }

    @Override
    public String subject() {
        return challengeId;
    }
}
