package cn.wuhu.sti.talent.fund.model;

import static cn.wuhu.sti.talent.fund.model.FundProjectStage.DUE_DILIGENCE;
import static cn.wuhu.sti.talent.fund.model.FundProjectStage.INVESTED;
import static cn.wuhu.sti.talent.fund.model.FundProjectStage.REJECTED;
import static cn.wuhu.sti.talent.fund.model.FundProjectStage.SOURCED;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Lifecycle;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.talent.DueDiligenceStarted;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.FundProjectRejected;
import cn.wuhu.sti.events.talent.FundProjectSourced;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A project in the S&amp;T venture fund's library (科创基金投资项目库): sourced, then under due diligence, then
 * invested or rejected. It may be rejected straight after sourcing, but is invested in only after due diligence.
 * Immutable: every move returns the project it became and the event that records the move.
 */
public final class FundProject {

    private static final Lifecycle<FundProjectStage> LIFECYCLE = new Lifecycle<>(
            "Fund project",
            SOURCED,
            Map.of(SOURCED, Set.of(DUE_DILIGENCE, REJECTED), DUE_DILIGENCE, Set.of(INVESTED, REJECTED)),
            Map.of(DUE_DILIGENCE, "enter due diligence", INVESTED, "be invested in", REJECTED, "be rejected"));

    // The longest texts the published schemas allow.
    private static final int NAME_LENGTH = 200;
    private static final int REASON_LENGTH = 500;

    private final String id;
    private final String name;
    private final Industry industry;
    private final List<Milestone<FundProjectStage>> history;
    private final BigDecimal investedAmount;
    private final String rejectionReason;

    /** A project as stored; a history that breaks the lifecycle is a defect, not a state. */
    public FundProject(
            String id,
            String name,
            Industry industry,
            List<Milestone<FundProjectStage>> history,
            Optional<BigDecimal> investedAmount,
            Optional<String> rejectionReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.industry = Objects.requireNonNull(industry, "industry");
        this.history = LIFECYCLE.requireValid(id, history);
        this.investedAmount = investedAmount.orElse(null);
        this.rejectionReason = rejectionReason.orElse(null);
        boolean consistent = investedAmount.isPresent() == (stage() == INVESTED)
                && rejectionReason.isPresent() == (stage() == REJECTED);
        if (!consistent) {
            throw new IllegalArgumentException("Fund project " + id + ": amount and reason must fit the history");
        }
    }

    public static Change<FundProject, FundProjectSourced> source(FundProjectCommands.Source command, String id) {
        String name = Require.text("name", command.name(), NAME_LENGTH);
        Industry industry = Require.present("industry", command.industry());
        LocalDate sourcedOn = Require.present("sourcedOn", command.sourcedOn());
        var project = new FundProject(
                id, name, industry, List.of(new Milestone<>(SOURCED, sourcedOn)), Optional.empty(), Optional.empty());
        return new Change<>(project, new FundProjectSourced(id, name, industry, sourcedOn));
    }

    public Change<FundProject, DueDiligenceStarted> startDueDiligence(FundProjectCommands.Move command) {
        var next = moveTo(DUE_DILIGENCE, command.date(), null, null);
        return new Change<>(next, new DueDiligenceStarted(id, command.date()));
    }

    /** The amount is exact yuan: more than zero, and no fraction of a fen (at most two decimals). */
    public Change<FundProject, FundProjectInvested> invest(FundProjectCommands.Invest command) {
        BigDecimal amount = Require.present("amount", command.amount());
        if (amount.signum() <= 0) {
            throw new RuleViolation("amount", "must be more than zero");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("amount", "must have at most two decimals");
        }
        var next = moveTo(INVESTED, command.date(), amount, null);
        return new Change<>(next, new FundProjectInvested(id, command.date(), amount, industry));
    }

    public Change<FundProject, FundProjectRejected> reject(FundProjectCommands.Reject command) {
        String reason = Require.text("reason", command.reason(), REASON_LENGTH);
        var next = moveTo(REJECTED, command.date(), null, reason);
        return new Change<>(next, new FundProjectRejected(id, command.date(), reason));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Industry industry() {
        return industry;
    }

    public FundProjectStage stage() {
        return history.get(history.size() - 1).stage();
    }

    /** Every stage the project reached, oldest first, in date order. */
    public List<Milestone<FundProjectStage>> history() {
        return history;
    }

    /** When the project reached {@code stage}, if it did. */
    public Optional<LocalDate> dateOf(FundProjectStage stage) {
        return history.stream()
                .filter(m -> m.stage() == stage)
                .map(Milestone::date)
                .findFirst();
    }

    public Optional<BigDecimal> investedAmount() {
        return Optional.ofNullable(investedAmount);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** Callers check the command's own fields first, so bad input is refused as such whatever the stage. */
    private FundProject moveTo(FundProjectStage next, LocalDate date, BigDecimal amount, String reason) {
        return new FundProject(
                id,
                name,
                industry,
                LIFECYCLE.advance(id, history, next, date),
                Optional.ofNullable(amount),
                Optional.ofNullable(reason));
    }
}
