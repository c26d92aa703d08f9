package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A firm took the challenge and was awarded {@code amount} yuan (exact, more than zero, within the category's cap);
 * it counts in the year of {@code awardedOn}. The award names no district: a subscriber places it by
 * {@code winnerUscc} in the enterprise register.
 */
public record ChallengeAwarded(
        String challengeId,
        String winnerUscc,
        String winnerName,
        BigDecimal amount,
        LocalDate awardedOn,
        ChallengeCategory category,
        Industry industry)
        implements ChallengeEvent {}
