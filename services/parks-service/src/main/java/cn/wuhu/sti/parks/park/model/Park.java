package cn.wuhu.sti.parks.park.model;

import static cn.wuhu.sti.parks.park.model.ParkStage.IN_USE;
import static cn.wuhu.sti.parks.park.model.ParkStage.PLANNED;
import static cn.wuhu.sti.parks.park.model.ParkStage.UNDER_CONSTRUCTION;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Lifecycle;
import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.parks.ParkConstructionStarted;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An innovation park (创新园区) for one industry: planned, under construction, then in use with a usable area that
 * firms lease. The leased area never exceeds the usable area, and the park keeps every tenancy, so its occupancy at
 * any past date can be told. Immutable: every move returns the park it became and the event that records the move.
 */
public final class Park {

    private static final Lifecycle<ParkStage> LIFECYCLE = new Lifecycle<>(
            "Park",
            PLANNED,
            Map.of(PLANNED, Set.of(UNDER_CONSTRUCTION), UNDER_CONSTRUCTION, Set.of(IN_USE)),
            Map.of(UNDER_CONSTRUCTION, "start construction", IN_USE, "be opened"));

    // The longest texts the published schemas allow.
    private static final int NAME_LENGTH = 200;

    /** What was planned; {@code plannedArea} in m². */
    public record Profile(String name, District district, Industry industry, BigDecimal plannedArea) {}

    private final String id;
    private final Profile profile;
    private final List<Milestone<ParkStage>> history;
    private final BigDecimal usableArea;
    private final List<Tenancy> tenancies;

    /** A park as stored: a usable area exactly when it is in use, tenancies oldest first, only while in use. */
    public Park(
            String id,
            Profile profile,
            List<Milestone<ParkStage>> history,
            Optional<BigDecimal> usableArea,
            List<Tenancy> tenancies) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.history = LIFECYCLE.requireValid(id, history);
        this.usableArea = usableArea.orElse(null);
        this.tenancies = List.copyOf(tenancies);
        if (usableArea.isPresent() != (stage() == IN_USE) || (!tenancies.isEmpty() && stage() != IN_USE)) {
            throw new IllegalArgumentException("Park " + id + ": the usable area and tenants must fit the stage");
        }
    }

    public static Change<Park, ParkPlanned> plan(ParkCommands.Plan command, String id) {
        var profile = new Profile(
                Require.text("name", command.name(), NAME_LENGTH),
                Require.present("district", command.district()),
                Require.present("industry", command.industry()),
                Areas.positive("plannedArea", command.plannedArea()));
        LocalDate plannedOn = Require.present("plannedOn", command.plannedOn());
        var park = new Park(id, profile, List.of(new Milestone<>(PLANNED, plannedOn)), Optional.empty(), List.of());
        var event = new ParkPlanned(
                id, profile.name(), profile.district(), profile.industry(), profile.plannedArea(), plannedOn);
        return new Change<>(park, event);
    }

    public Change<Park, ParkConstructionStarted> startConstruction(ParkCommands.StartConstruction command) {
        var next = new Park(
                id,
                profile,
                LIFECYCLE.advance(id, history, UNDER_CONSTRUCTION, command.date()),
                Optional.empty(),
                List.of());
        return new Change<>(next, new ParkConstructionStarted(id, command.date(), profile.district()));
    }

    /** The park goes into use with {@code usableArea} m² to lease. */
    public Change<Park, ParkOpened> open(ParkCommands.Open command) {
        BigDecimal usable = Areas.positive("usableArea", command.usableArea());
        var next = new Park(
                id, profile, LIFECYCLE.advance(id, history, IN_USE, command.date()), Optional.of(usable), List.of());
        return new Change<>(next, new ParkOpened(id, command.date(), usable, profile.district()));
    }

    /**
     * A firm moves in, once while it is a tenant, leasing no more than the free area. Moves are dated no earlier than
     * the park's last, so the leased area checked now is the most it ever was.
     */
    public Change<Park, TenantMovedIn> moveIn(ParkCommands.MoveIn command) {
        Uscc uscc = Require.uscc("uscc", command.uscc());
        String name = Require.text("name", command.name(), NAME_LENGTH);
        BigDecimal area = Areas.positive("area", command.area());
        LocalDate movedInOn = Require.present("movedInOn", command.movedInOn());
        requireInUse("take tenants");
        if (presentTenancy(uscc).isPresent()) {
            throw new Conflict("Firm " + uscc.value() + " is already a tenant of park " + id);
        }
        requireNotBeforeLastMove("movedInOn", movedInOn);
        BigDecimal free = usableArea.subtract(leasedArea());
        if (area.compareTo(free) > 0) {
            throw new Conflict("Park " + id + " has " + free.toPlainString() + " m² free; it cannot lease "
                    + area.toPlainString() + " m²");
        }
        var longer = new ArrayList<>(tenancies);
        longer.add(new Tenancy(uscc, name, area, movedInOn, Optional.empty()));
        var next = new Park(id, profile, history, Optional.of(usableArea), longer);
        return new Change<>(next, new TenantMovedIn(id, uscc.value(), name, area, movedInOn, profile.district()));
    }

    /** A tenant moves out, and the area it leased is free from that day. */
    public Change<Park, TenantMovedOut> moveOut(ParkCommands.MoveOut command) {
        Uscc uscc = Require.uscc("uscc", command.uscc());
        LocalDate date = Require.present("date", command.date());
        requireInUse("lose tenants");
        Tenancy leaving = presentTenancy(uscc)
                .orElseThrow(() -> new NotFound("Firm " + uscc.value() + " is no tenant of park " + id));
        requireNotBeforeLastMove("date", date);
        var after = tenancies.stream()
                .map(tenancy -> tenancy == leaving ? tenancy.movedOut(date) : tenancy)
                .toList();
        var next = new Park(id, profile, history, Optional.of(usableArea), after);
        return new Change<>(next, new TenantMovedOut(id, uscc.value(), leaving.area(), date, profile.district()));
    }

    public String id() {
        return id;
    }

    public Profile profile() {
        return profile;
    }

    public ParkStage stage() {
        return history.get(history.size() - 1).stage();
    }

    /** Every stage the park reached, oldest first, in date order. */
    public List<Milestone<ParkStage>> history() {
        return history;
    }

    public Optional<LocalDate> dateOf(ParkStage stage) {
        return history.stream()
                .filter(m -> m.stage() == stage)
                .map(Milestone::date)
                .findFirst();
    }

    /** The area firms can lease, in m², once the park is in use. */
    public Optional<BigDecimal> usableArea() {
        return Optional.ofNullable(usableArea);
    }

    /** Every tenancy, present and past, in the order the firms moved in. */
    public List<Tenancy> tenancies() {
        return tenancies;
    }

    /** The area leased now, after every recorded move. */
    public BigDecimal leasedArea() {
        return sum(tenancies.stream().filter(Tenancy::isPresent));
    }

    public BigDecimal leasedAreaOn(LocalDate date) {
        return sum(tenancies.stream().filter(tenancy -> tenancy.leasesOn(date)));
    }

    /** Leased as a percent of usable area on {@code date}, two decimals; none before the park was in use. */
    public Optional<BigDecimal> occupancyOn(LocalDate date) {
        return dateOf(IN_USE)
                .filter(openedOn -> !date.isBefore(openedOn))
                .map(openedOn -> Areas.percent(leasedAreaOn(date), usableArea));
    }

    private Optional<Tenancy> presentTenancy(Uscc uscc) {
        return tenancies.stream()
                .filter(tenancy -> tenancy.isPresent() && tenancy.uscc().equals(uscc))
                .findFirst();
    }

    private void requireInUse(String move) {
        if (stage() != IN_USE) {
            throw new Conflict("Park " + id + " is " + stage() + "; it cannot " + move + " before it is " + IN_USE);
        }
    }

    private void requireNotBeforeLastMove(String field, LocalDate date) {
        LocalDate last = Stream.concat(
                        history.stream().map(Milestone::date),
                        tenancies.stream()
                                .flatMap(tenancy ->
                                        Stream.concat(Stream.of(tenancy.movedInOn()), tenancy.movedOutOn().stream())))
                .max(LocalDate::compareTo)
                .orElseThrow();
        if (date.isBefore(last)) {
            throw new RuleViolation(field, "must not be before " + last + ", the park's last recorded move");
        }
    }

    private static BigDecimal sum(Stream<Tenancy> tenancies) {
        return tenancies.map(Tenancy::area).reduce(Areas.NONE, BigDecimal::add);
    }
}
