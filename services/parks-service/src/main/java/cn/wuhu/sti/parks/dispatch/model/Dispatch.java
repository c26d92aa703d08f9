package cn.wuhu.sti.parks.dispatch.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.events.parks.DispatchHeld;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A dispatch meeting (调度) on one or more parks, chaired by a city leader or by the bureau, that resolved no more
 * issues than were raised. Which parks exist is the application's to check: the model knows them by id only.
 */
public record Dispatch(
        String id, LocalDate heldOn, DispatchChair chair, List<String> parkIds, int issuesRaised, int issuesResolved) {

    private static final int ID_LENGTH = 64;

    public Dispatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(chair, "chair");
        parkIds = List.copyOf(parkIds);
    }

    public static Change<Dispatch, DispatchHeld> hold(DispatchCommands.Hold command, String id) {
        LocalDate heldOn = Require.present("heldOn", command.heldOn());
        DispatchChair chair = Require.present("chair", command.chair());
        List<String> parkIds = parkIds(command.parkIds());
        int raised = count("issuesRaised", command.issuesRaised());
        int resolved = count("issuesResolved", command.issuesResolved());
        if (resolved > raised) {
            throw new RuleViolation("issuesResolved", "must not be more than issuesRaised (" + raised + ")");
        }
        var dispatch = new Dispatch(id, heldOn, chair, parkIds, raised, resolved);
        return new Change<>(dispatch, new DispatchHeld(id, heldOn, chair, parkIds, raised, resolved));
    }

    private static List<String> parkIds(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new RuleViolation("parkIds", "must name at least one park");
        }
        var ids = given.stream()
                .map(parkId -> Require.text("parkIds", parkId, ID_LENGTH))
                .toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new RuleViolation("parkIds", "must not name a park twice");
        }
        return ids;
    }

    private static int count(String field, Integer value) {
        Require.present(field, value);
        if (value < 0) {
            throw new RuleViolation(field, "must not be negative");
        }
        return value;
    }
}
