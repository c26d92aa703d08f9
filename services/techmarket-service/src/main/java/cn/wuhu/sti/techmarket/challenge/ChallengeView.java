package cn.wuhu.sti.techmarket.challenge;

import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.challenge.model.Challenge;
import cn.wuhu.sti.techmarket.challenge.model.ChallengeStage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A challenge as the API answers it, with its category's cap; never the stored document. */
record ChallengeView(
        String id,
        String title,
        ChallengeCategory category,
        BigDecimal cap,
        Industry industry,
        ChallengeStage stage,
        @JsonInclude(JsonInclude.Include.NON_NULL) AwardView award,
        List<Step> history) {

    record AwardView(WinnerView winner, BigDecimal amount) {}

    record WinnerView(String uscc, String name) {}

    record Step(ChallengeStage stage, LocalDate date) {}

    static ChallengeView of(Challenge challenge) {
        var profile = challenge.profile();
        return new ChallengeView(
                challenge.id(),
                profile.title(),
                profile.category(),
                profile.category().cap(),
                profile.industry(),
                challenge.stage(),
                challenge
                        .award()
                        .map(a -> new AwardView(new WinnerView(a.winnerUscc().value(), a.winnerName()), a.amount()))
                        .orElse(null),
                challenge.history().stream()
                        .map(m -> new Step(m.stage(), m.date()))
                        .toList());
    }
}
