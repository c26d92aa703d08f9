package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A challenge was put on the list of its category; {@code cap} is the category's largest award, in yuan. */
public record ChallengePublished(
        String challengeId,
        String title,
        ChallengeCategory category,
        BigDecimal cap,
        Industry industry,
        LocalDate publishedOn)
        implements ChallengeEvent {}
