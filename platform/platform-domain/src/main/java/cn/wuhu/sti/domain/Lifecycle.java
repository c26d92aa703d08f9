package cn.wuhu.sti.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages an aggregate goes through and the moves allowed between them. Its history is the list of milestones it
 * reached: it starts at {@code start}, and each milestone is an allowed move dated no earlier than the one before,
 * so the history always reads in date order.
 *
 * @param subject how refusals name the aggregate, e.g. {@code "Team"}
 * @param allowed the stages each stage may move to; a stage with no entry is final
 * @param asAMove how a move to a stage reads after "it cannot", e.g. {@code LANDED → "be landed"}
 */
public record Lifecycle<S extends Enum<S>>(String subject, S start, Map<S, Set<S>> allowed, Map<S, String> asAMove) {

    public Lifecycle {
        allowed = Map.copyOf(allowed);
        asAMove = Map.copyOf(asAMove);
    }

    public boolean allows(S from, S to) {
        return allowed.getOrDefault(from, Set.of()).contains(to);
    }

    /**
     * The history after moving to {@code next} on {@code date}. A move the lifecycle does not allow is a
     * {@link Conflict} naming the current stage; an allowed move dated before the last milestone is a
     * {@link RuleViolation} on {@code date}.
     */
    public List<Milestone<S>> advance(String id, List<Milestone<S>> history, S next, LocalDate date) {
        Require.present("date", date);
        Milestone<S> latest = history.get(history.size() - 1);
        if (!allows(latest.stage(), next)) {
            throw new Conflict(subject + " " + id + " is " + latest.stage() + "; it cannot "
                    + asAMove.getOrDefault(next, "move to " + next) + (latest.stage() == next ? " again" : ""));
        }
        if (date.isBefore(latest.date())) {
            throw new RuleViolation(
                    "date", "must not be before " + latest.date() + ", when it became " + latest.stage());
        }
        var longer = new ArrayList<>(history);
        longer.add(new Milestone<>(next, date));
        return List.copyOf(longer);
    }

    /** A history read back from storage, checked: a broken one is a defect, not a request to refuse. */
    public List<Milestone<S>> requireValid(String id, List<Milestone<S>> history) {
        if (history.isEmpty() || history.get(0).stage() != start) {
            throw new IllegalArgumentException(subject + " " + id + ": a history starts with " + start);
        }
        for (int i = 1; i < history.size(); i++) {
            Milestone<S> before = history.get(i - 1);
            Milestone<S> after = history.get(i);
            if (!allows(before.stage(), after.stage()) || after.date().isBefore(before.date())) {
                throw new IllegalArgumentException(
                        subject + " " + id + ": " + before + " cannot be followed by " + after);
            }
        }
        return List.copyOf(history);
    }
}
