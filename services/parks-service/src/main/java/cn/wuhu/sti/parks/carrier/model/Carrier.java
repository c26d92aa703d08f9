package cn.wuhu.sti.parks.carrier.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incubation carrier (孵化载体): an incubator, a maker space or a pilot-scale base, accredited at a level that can
 * only rise ({@code MUNICIPAL < PROVINCIAL < NATIONAL}), each raise dated no earlier than the last. Immutable: every
 * move returns the carrier it became and the event that records the move.
 */
public final class Carrier {

    private static final int NAME_LENGTH = 200;

    public record Profile(String name, CarrierKind kind, District district) {}

    private final String id;
    private final Profile profile;
    private final List<Milestone<AccreditationLevel>> levels;

    /** A carrier as stored: its levels oldest first, each higher and dated no earlier than the one before. */
    public Carrier(String id, Profile profile, List<Milestone<AccreditationLevel>> levels) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Carrier " + id + ": accredited at some level");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).stage().compareTo(levels.get(i - 1).stage()) <= 0
                    || levels.get(i).date().isBefore(levels.get(i - 1).date())) {
                throw new IllegalArgumentException("Carrier " + id + ": levels only rise, in date order");
            }
        }
    }

    public static Change<Carrier, CarrierAccredited> accredit(CarrierCommands.Accredit command, String id) {
        var profile = new Profile(
                Require.text("name", command.name(), NAME_LENGTH),
                Require.present("kind", command.kind()),
                Require.present("district", command.district()));
        AccreditationLevel level = Require.present("level", command.level());
        LocalDate accreditedOn = Require.present("accreditedOn", command.accreditedOn());
        var carrier = new Carrier(id, profile, List.of(new Milestone<>(level, accreditedOn)));
        var event = new CarrierAccredited(id, profile.name(), profile.kind(), level, profile.district(), accreditedOn);
        return new Change<>(carrier, event);
    }

    /** The level rises to a higher one, dated no earlier than the carrier's last accreditation or raise. */
    public Change<Carrier, CarrierLevelRaised> raise(CarrierCommands.RaiseLevel command) {
        AccreditationLevel to = Require.present("level", command.level());
        LocalDate date = Require.present("date", command.date());
        Milestone<AccreditationLevel> latest = levels.get(levels.size() - 1);
        if (to.compareTo(latest.stage()) <= 0) {
            throw new Conflict("Carrier " + id + " is " + latest.stage() + "; it cannot be raised to " + to
                    + ", which is not higher");
        }
        if (date.isBefore(latest.date())) {
            throw new RuleViolation(
                    "date", "must not be before " + latest.date() + ", when it became " + latest.stage());
        }
        var longer = new ArrayList<>(levels);
        longer.add(new Milestone<>(to, date));
        var event = new CarrierLevelRaised(id, profile.kind(), latest.stage(), to, date, profile.district());
        return new Change<>(new Carrier(id, profile, longer), event);
    }

    public String id() {
        return id;
    }

    public Profile profile() {
        return profile;
    }

    public AccreditationLevel level() {
        return levels.get(levels.size() - 1).stage();
    }

    /** Every level the carrier held, from its accreditation on, in date order. */
    public List<Milestone<AccreditationLevel>> levels() {
        return levels;
    }
}
