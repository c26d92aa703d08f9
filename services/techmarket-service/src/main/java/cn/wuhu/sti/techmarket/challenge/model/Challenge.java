package cn.wuhu.sti.techmarket.challenge.model;

import static cn.wuhu.sti.techmarket.challenge.model.ChallengeStage.AWARDED;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeStage.COMPLETED;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeStage.FAILED;
import static cn.wuhu.sti.techmarket.challenge.model.ChallengeStage.PUBLISHED;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Lifecycle;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengeCompleted;
import cn.wuhu.sti.events.techmarket.ChallengeOutcome;
import cn.wuhu.sti.events.techmarket.ChallengePublished;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An open-competition challenge (揭榜挂帅, the 赤铸之光 programme): published on the list of its category, awarded once
 * to a winning firm with an amount within the category's cap, then completed or failed. Immutable: every move
 * returns the challenge it became and the event that records the move.
 */
public final class Challenge {

    private static final Lifecycle<ChallengeStage> LIFECYCLE = new Lifecycle<>(
            "Challenge",
            PUBLISHED,
            Map.of(PUBLISHED, Set.of(AWARDED), AWARDED, Set.of(COMPLETED, FAILED)),
            Map.of(AWARDED, "be awarded", COMPLETED, "be completed", FAILED, "be completed"));

    // The longest texts the published schemas allow.
    private static final int TITLE_LENGTH = 200;
    private static final int NAME_LENGTH = 200;

    /** What was put on the list. */
    public record Profile(String title, ChallengeCategory category, Industry industry) {}

    /** Who took the challenge, and for how much, in exact yuan. */
    public record Award(Uscc winnerUscc, String winnerName, BigDecimal amount) {}

    private final String id;
    private final Profile profile;
    private final List<Milestone<ChallengeStage>> history;
    private final Award award;

    /** A challenge as stored. */
    public Challenge(String id, Profile profile, List<Milestone<ChallengeStage>> history, Optional<Award> award) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.history = LIFECYCLE.requireValid(id, history);
        this.award = award.orElse(null);
        if (award.isPresent() != dateOf(AWARDED).isPresent()) {
            throw new IllegalArgumentException("Challenge " + id + ": the award must fit the history");
        }
    }

    public static Change<Challenge, ChallengePublished> publish(ChallengeCommands.Publish command, String id) {
        var profile = new Profile(
                Require.text("title", command.title(), TITLE_LENGTH),
                Require.present("category", command.category()),
                Require.present("industry", command.industry()));
        LocalDate publishedOn = Require.present("publishedOn", command.publishedOn());
        var challenge = new Challenge(id, profile, List.of(new Milestone<>(PUBLISHED, publishedOn)), Optional.empty());
        var event = new ChallengePublished(
                id, profile.title(), profile.category(), profile.category().cap(), profile.industry(), publishedOn);
        return new Change<>(challenge, event);
    }

    /** The amount is exact yuan, more than zero and not above the cap of the challenge's category. */
    public Change<Challenge, ChallengeAwarded> award(ChallengeCommands.Award command) {
        Require.present("winner", command.winner());
        Uscc winnerUscc = Require.uscc("winner.uscc", command.winner().uscc());
        String winnerName = Require.text("winner.name", command.winner().name(), NAME_LENGTH);
        BigDecimal amount = Require.amount("amount", command.amount());
        if (amount.signum() == 0) {
            throw new RuleViolation("amount", "must be more than zero");
        }
        ChallengeCategory category = profile.category();
        if (amount.compareTo(category.cap()) > 0) {
            throw new RuleViolation(
                    "amount",
                    "must not be more than " + category.cap().toPlainString() + " yuan, the cap of " + category);
        }
        var awarded = new Award(winnerUscc, winnerName, amount);
        var next = new Challenge(
                id, profile, LIFECYCLE.advance(id, history, AWARDED, command.date()), Optional.of(awarded));
        var event = new ChallengeAwarded(
                id, winnerUscc.value(), winnerName, amount, command.date(), category, profile.industry());
        return new Change<>(next, event);
    }

    /** An awarded challenge ends, delivered ({@code COMPLETED}) or not ({@code FAILED}). */
    public Change<Challenge, ChallengeCompleted> complete(ChallengeCommands.Complete command) {
        ChallengeOutcome outcome = Require.present("outcome", command.outcome());
        ChallengeStage end = outcome == ChallengeOutcome.COMPLETED ? COMPLETED : FAILED;
        var next = new Challenge(
                id, profile, LIFECYCLE.advance(id, history, end, command.date()), Optional.ofNullable(award));
        return new Change<>(next, new ChallengeCompleted(id, command.date(), outcome));
    }

    public String id() {
        return id;
    }

    public Profile profile() {
        return profile;
    }

    public ChallengeStage stage() {
        return history.get(history.size() - 1).stage();
    }

    /** Every stage the challenge reached, oldest first, in date order. */
    public List<Milestone<ChallengeStage>> history() {
        return history;
    }

    /** When the challenge reached {@code stage}, if it did; the year of the award is the year it counts as awarded. */
    public Optional<LocalDate> dateOf(ChallengeStage stage) {
        return history.stream()
                .filter(m -> m.stage() == stage)
                .map(Milestone::date)
                .findFirst();
    }

    public Optional<Award> award() {
        return Optional.ofNullable(award);
    }
}
