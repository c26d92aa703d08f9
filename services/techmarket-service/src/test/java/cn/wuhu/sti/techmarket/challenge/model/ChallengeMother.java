package cn.wuhu.sti.techmarket.challenge.model;

import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengeOutcome;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Challenges for tests: published on 15 March 2023, awarded on 1 July 2023, ended on 28 June 2024. */
final class ChallengeMother {

    static final String ID = "challenge-0001";
    static final String WINNER_USCC = "91340200MA2N0XXX0Y";
    static final String WINNER_NAME = "芜湖示例智能装备有限公司";
    static final LocalDate PUBLISHED_ON = LocalDate.of(2023, 3, 15);
    static final LocalDate AWARDED_ON = LocalDate.of(2023, 7, 1);
    static final LocalDate ENDED_ON = LocalDate.of(2024, 6, 28);

    static Challenge published(ChallengeCategory category) {
        return Challenge.publish(publishing(category), ID).aggregate();
    }

    static Challenge awarded() {
        return published(ChallengeCategory.KEY_CORE_TECH)
                .award(awarding("8000000.00"))
                .aggregate();
    }

    static ChallengeCommands.Publish publishing(ChallengeCategory category) {
        return new ChallengeCommands.Publish("车规级碳化硅功率模块封装技术", category, Industry.SEMI_3G, PUBLISHED_ON);
    }

    static ChallengeCommands.Award awarding(String amount) {
        return awarding(new BigDecimal(amount));
    }

    static ChallengeCommands.Award awarding(BigDecimal amount) {
        return new ChallengeCommands.Award(new ChallengeCommands.Winner(WINNER_USCC, WINNER_NAME), amount, AWARDED_ON);
    }

    static ChallengeCommands.Complete ending(ChallengeOutcome outcome) {
        return new ChallengeCommands.Complete(ENDED_ON, outcome);
    }

    private ChallengeMother() {}
}
