package cn.wuhu.sti.techmarket.challenge;

import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.challenge.model.Challenge;
import cn.wuhu.sti.techmarket.challenge.model.ChallengeStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** How a challenge is stored; {@code stage} repeats the history's last step so the list can filter on it. */
@Document("challenges")
record ChallengeDocument(
        @Id String id,
        String title,
        ChallengeCategory category,
        Industry industry,
        ChallengeStage stage,
        List<Step> history,
        String winnerUscc,
        String winnerName,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal awardedAmount) {

    record Step(ChallengeStage stage, LocalDate date) {}

    static ChallengeDocument of(Challenge challenge) {
        var profile = challenge.profile();
        var award = challenge.award();
        return new ChallengeDocument(
                challenge.id(),
                profile.title(),
                profile.category(),
                profile.industry(),
                challenge.stage(),
                challenge.history().stream()
                        .map(m -> new Step(m.stage(), m.date()))
                        .toList(),
                award.map(a -> a.winnerUscc().value()).orElse(null),
                award.map(Challenge.Award::winnerName).orElse(null),
                award.map(Challenge.Award::amount).orElse(null));
    }

    Challenge toChallenge() {
        return new Challenge(
                id,
                new Challenge.Profile(title, category, industry),
                history.stream().map(s -> new Milestone<>(s.stage(), s.date())).toList(),
                Optional.ofNullable(winnerUscc).map(u -> new Challenge.Award(new Uscc(u), winnerName, awardedAmount)));
    }
}
