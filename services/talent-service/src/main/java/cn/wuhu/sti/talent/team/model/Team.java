package cn.wuhu.sti.talent.team.model;

import static cn.wuhu.sti.events.talent.TeamStage.DROPPED;
import static cn.wuhu.sti.events.talent.TeamStage.INCORPORATED;
import static cn.wuhu.sti.events.talent.TeamStage.LANDED;
import static cn.wuhu.sti.events.talent.TeamStage.NEGOTIATING;
import static cn.wuhu.sti.events.talent.TeamStage.SIGNED;
import static cn.wuhu.sti.events.talent.TeamStage.SOURCED;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Lifecycle;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.talent.TeamDropped;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.events.talent.TeamNegotiationStarted;
import cn.wuhu.sti.events.talent.TeamSigned;
import cn.wuhu.sti.events.talent.TeamSourced;
import cn.wuhu.sti.events.talent.TeamStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A high-level S&amp;T talent team (高层次科技人才团队) on its way to Wuhu: {@code SOURCED → NEGOTIATING → SIGNED →
 * LANDED → INCORPORATED}, negotiation optional, or {@code DROPPED} before it incorporates. Immutable: every move
 * returns the team it became and the event that records the move.
 */
public final class Team {

    private static final Lifecycle<TeamStage> LIFECYCLE = new Lifecycle<>(
            "Team",
            SOURCED,
            Map.of(
                    SOURCED, Set.of(NEGOTIATING, SIGNED, DROPPED),
                    NEGOTIATING, Set.of(SIGNED, DROPPED),
                    SIGNED, Set.of(LANDED, DROPPED),
                    LANDED, Set.of(INCORPORATED, DROPPED)),
            Map.of(
                    NEGOTIATING, "enter negotiation",
                    SIGNED, "be signed",
                    LANDED, "be landed",
                    INCORPORATED, "be incorporated",
                    DROPPED, "be dropped"));

    // The longest texts the published schemas allow.
    private static final int NAME_LENGTH = 200;
    private static final int PERSON_OR_PLACE_LENGTH = 100;
    private static final int REASON_LENGTH = 500;

    /** Who the team is, as sourced. {@code district} hosts the courtship; the landing says where the team counts. */
    public record Profile(String name, String leader, Industry industry, District district, String originRegion) {}

    /** The company the team registered. */
    public record Firm(Uscc uscc, String name) {}

    private final String id;
    private final Profile profile;
    private final List<Milestone<TeamStage>> history;
    private final District landedDistrict;
    private final Firm firm;
    private final String dropReason;

    /** A team as stored; a history that breaks the lifecycle is a defect, not a state. */
    public Team(
            String id,
            Profile profile,
            List<Milestone<TeamStage>> history,
            Optional<District> landedDistrict,
            Optional<Firm> firm,
            Optional<String> dropReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.history = LIFECYCLE.requireValid(id, history);
        this.landedDistrict = landedDistrict.orElse(null);
        this.firm = firm.orElse(null);
        this.dropReason = dropReason.orElse(null);
        boolean consistent = landedDistrict.isPresent() == dateOf(LANDED).isPresent()
                && firm.isPresent() == (stage() == INCORPORATED)
                && dropReason.isPresent() == (stage() == DROPPED);
        if (!consistent) {
            throw new IllegalArgumentException(
                    "Team " + id + ": landing district, firm and reason must fit the history");
        }
    }

    public static Change<Team, TeamSourced> source(TeamCommands.Source command, String id) {
        var profile = new Profile(
                Require.text("name", command.name(), NAME_LENGTH),
                Require.text("leader", command.leader(), PERSON_OR_PLACE_LENGTH),
                Require.present("industry", command.industry()),
                Require.present("district", command.district()),
                Require.text("originRegion", command.originRegion(), PERSON_OR_PLACE_LENGTH));
        LocalDate sourcedOn = Require.present("sourcedOn", command.sourcedOn());
        var team = new Team(
                id,
                profile,
                List.of(new Milestone<>(SOURCED, sourcedOn)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        var event = new TeamSourced(
                id,
                profile.name(),
                profile.leader(),
                profile.industry(),
                profile.district(),
                profile.originRegion(),
                sourcedOn);
        return new Change<>(team, event);
    }

    public Change<Team, TeamNegotiationStarted> startNegotiation(TeamCommands.Move command) {
        var next = moveTo(NEGOTIATING, command.date(), landedDistrict, firm, dropReason);
        return new Change<>(next, new TeamNegotiationStarted(id, command.date()));
    }

    public Change<Team, TeamSigned> sign(TeamCommands.Move command) {
        var next = moveTo(SIGNED, command.date(), landedDistrict, firm, dropReason);
        return new Change<>(next, new TeamSigned(id, command.date()));
    }

    /** The team lands in {@code district}, which is where it counts from then on, whichever district sourced it. */
    public Change<Team, TeamLanded> land(TeamCommands.Land command) {
        District district = Require.present("district", command.district());
        var next = moveTo(LANDED, command.date(), district, firm, dropReason);
        return new Change<>(next, new TeamLanded(id, command.date(), district, profile.industry()));
    }

    /** The firm is registered in the landing district, with the team's industry. */
    public Change<Team, TeamIncorporated> incorporate(TeamCommands.Incorporate command) {
        var uscc = new Uscc(Require.present("uscc", command.uscc()));
        var registered = new Firm(uscc, Require.text("name", command.name(), NAME_LENGTH));
        var next = moveTo(INCORPORATED, command.date(), landedDistrict, registered, dropReason);
        var event = new TeamIncorporated(
                id, command.date(), uscc.value(), registered.name(), landedDistrict, profile.industry());
        return new Change<>(next, event);
    }

    public Change<Team, TeamDropped> drop(TeamCommands.Drop command) {
        String reason = Require.text("reason", command.reason(), REASON_LENGTH);
        var next = moveTo(DROPPED, command.date(), landedDistrict, firm, reason);
        return new Change<>(next, new TeamDropped(id, command.date(), reason, stage()));
    }

    public String id() {
        return id;
    }

    public Profile profile() {
        return profile;
    }

    public TeamStage stage() {
        return history.get(history.size() - 1).stage();
    }

    /** Every stage the team reached, oldest first, in date order. */
    public List<Milestone<TeamStage>> history() {
        return history;
    }

    /** When the team reached {@code stage}, if it did; the year of landing is the year it counts as landed. */
    public Optional<LocalDate> dateOf(TeamStage stage) {
        return history.stream()
                .filter(m -> m.stage() == stage)
                .map(Milestone::date)
                .findFirst();
    }

    public Optional<District> landedDistrict() {
        return Optional.ofNullable(landedDistrict);
    }

    public Optional<Firm> firm() {
        return Optional.ofNullable(firm);
    }

    public Optional<String> dropReason() {
        return Optional.ofNullable(dropReason);
    }

    /** Callers check the command's own fields first, so bad input is refused as such whatever the stage. */
    private Team moveTo(TeamStage next, LocalDate date, District landedDistrict, Firm firm, String dropReason) {
        return new Team(
                id,
                profile,
                LIFECYCLE.advance(id, history, next, date),
                Optional.ofNullable(landedDistrict),
                Optional.ofNullable(firm),
                Optional.ofNullable(dropReason));
    }
}
