package cn.wuhu.sti.techmarket.challenge.model;

import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengeOutcome;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller can ask of a challenge, already checked for shape at the edge. */
public final class ChallengeCommands {

    public record Publish(String title, ChallengeCategory category, Industry industry, LocalDate publishedOn) {}

    /** The winning firm as typed; the challenge validates its USCC. */
    public record Winner(String uscc, String name) {}

    /** {@code amount} in yuan, exact. */
    public record Award(Winner winner, BigDecimal amount, LocalDate date) {}

    public record Complete(LocalDate date, ChallengeOutcome outcome) {}

    private ChallengeCommands() {}
}
