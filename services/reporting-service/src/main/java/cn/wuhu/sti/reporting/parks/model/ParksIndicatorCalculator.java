package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear;
import cn.wuhu.sti.reporting.fact.model.FactsOfYear.Figure;
import cn.wuhu.sti.reporting.indicator.Measured;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes the parks, carriers and platforms indicators of a year from the facts dated up to its 31 December.
 *
 * <ul>
 *   <li>Flows count the facts dated in the year: construction starts, openings, tenant move-ins, provincial-or-higher
 *       platform accreditations, dispatch meetings by chair.
 *   <li>{@code parks.inuse.total} counts the parks opened on or before 31 December (a park in use stays in use).
 *   <li>{@code parks.occupancy} is the leased area on 31 December of the parks opened by then, as a percent of their
 *       usable area, two decimals, half up; 0 when no park is in use. A tenancy leases from its move-in day and is
 *       free again on its move-out day, as in the parks service, so the leased area is the move-ins up to 31 December
 *       less the move-outs up to that day.
 *   <li>A carrier is a new provincial-or-higher one of the year it was accredited at provincial or national level,
 *       or of the year it was raised from municipal to provincial or national; each carrier counts once a year
 *       (accredited municipal and raised in the same year is one), and a raise from provincial to national is not
 *       new. Incubators and maker spaces count in {@code carriers.provincialplus.new}, pilot bases in
 *       {@code carriers.pilotbases.provincialplus.new}.
 * </ul>
 *
 * Everything counts in its district: a park's, its tenants' (which is the park's), a carrier's, a platform's. A
 * dispatch meeting names no district and counts in the district of each of its parks (see {@link DispatchMeeting}).
 *
 * <p>Each value lists its facts: a count the facts it counts (the parks in use by their openings, a new carrier by
 * the accreditation or raise that made it provincial-or-higher), the occupancy the openings of the parks in use and
 * their move-ins and move-outs up to 31 December.
 */
public final class ParksIndicatorCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal NO_OCCUPANCY = new BigDecimal("0.00");

    public List<Measured> measure(int year, Optional<District> district, Collection<ParksFact> facts) {
        FactsOfYear ofYear = FactsOfYear.of(year, district, locateDispatches(facts));
        return ofYear.answer(ParksIndicator.values(), indicator -> figure(indicator, ofYear));
    }

    private static Figure figure(ParksIndicator indicator, FactsOfYear facts) {
        return switch (indicator) {
            case CONSTRUCTION_STARTED -> facts.count(facts.all(ParkConstructionStart.class));
            case OPENED -> facts.count(facts.all(ParkOpening.class));
            case IN_USE_TOTAL -> facts.count(openAtYearEnd(facts).values());
            case TENANTS_MOVED_IN -> facts.count(facts.all(TenantMoveIn.class));
            case OCCUPANCY -> occupancyAtYearEnd(facts);
            case CARRIERS_PROVINCIAL_PLUS_NEW ->
                facts.count(newProvincialPlusCarriers(facts, kind -> kind != CarrierKind.PILOT_BASE));
            case PILOT_BASES_PROVINCIAL_PLUS_NEW ->
                facts.count(newProvincialPlusCarriers(facts, kind -> kind == CarrierKind.PILOT_BASE));
            case PLATFORMS_PROVINCIAL_PLUS_NEW ->
                facts.count(facts.all(PlatformAccreditation.class).stream()
                        .filter(platform -> platform.level().isProvincialOrHigher())
                        .toList());
            case DISPATCHES_CITY_LEADER -> facts.count(dispatches(facts, DispatchChair.CITY_LEADER));
            case DISPATCHES_BUREAU -> facts.count(dispatches(facts, DispatchChair.BUREAU));
        };
    }

    /** The parks open on 31 December, each by its (first) opening. */
    private static Map<String, ParkOpening> openAtYearEnd(FactsOfYear facts) {
        return facts.upToYearEnd(ParkOpening.class).stream()
                .collect(Collectors.toMap(
                        ParkOpening::parkId, Function.identity(), (first, again) -> first, LinkedHashMap::new));
    }

    private static Figure occupancyAtYearEnd(FactsOfYear facts) {
        Map<String, ParkOpening> open = openAtYearEnd(facts);
        List<TenantMoveIn> movedIn = facts.upToYearEnd(TenantMoveIn.class).stream()
                .filter(in -> open.containsKey(in.parkId()))
                .toList();
        List<TenantMoveOut> movedOut = facts.upToYearEnd(TenantMoveOut.class).stream()
                .filter(out -> open.containsKey(out.parkId()))
                .toList();
        List<ParksFact> computedFrom = Stream.of(open.values(), movedIn, movedOut)
                .<ParksFact>flatMap(Collection::stream)
                .toList();
        BigDecimal usable = total(open.values(), ParkOpening::usableArea);
        if (usable.signum() == 0) {
            return facts.computedFrom(NO_OCCUPANCY, computedFrom);
        }
        BigDecimal leased = total(movedIn, TenantMoveIn::area).subtract(total(movedOut, TenantMoveOut::area));
        return facts.computedFrom(leased.multiply(HUNDRED).divide(usable, 2, RoundingMode.HALF_UP), computedFrom);
    }

    private static <F> BigDecimal total(Collection<F> facts, Function<F, BigDecimal> area) {
        return facts.stream().map(area).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The carriers of the kinds that became provincial-or-higher in the year, each once, by the accreditation or raise
     * that made it so (the first, should there be two).
     */
    private static Collection<ParksFact> newProvincialPlusCarriers(FactsOfYear facts, Predicate<CarrierKind> kinds) {
        Map<String, ParksFact> byCarrier = new LinkedHashMap<>();
        facts.all(CarrierAccreditation.class).stream()
                .filter(carrier -> kinds.test(carrier.kind()) && carrier.level().isProvincialOrHigher())
                .forEach(carrier -> byCarrier.putIfAbsent(carrier.carrierId(), carrier));
        facts.all(CarrierRaise.class).stream()
                .filter(raise -> kinds.test(raise.kind()) && raise.reachesProvincialOrHigher())
                .forEach(raise -> byCarrier.putIfAbsent(raise.carrierId(), raise));
        return byCarrier.values();
    }

    private static List<DispatchMeeting> dispatches(FactsOfYear facts, DispatchChair chair) {
        return facts.all(DispatchMeeting.class).stream()
                .filter(meeting -> meeting.chair() == chair)
                .toList();
    }

    /** Dispatch meetings placed in their parks' districts, as the parks' own facts tell them. */
    private static List<ParksFact> locateDispatches(Collection<ParksFact> facts) {
        Map<String, District> districtOfPark = new HashMap<>();
        facts.stream()
                .filter(ParkFact.class::isInstance)
                .map(ParkFact.class::cast)
                .forEach(park -> districtOfPark.putIfAbsent(park.parkId(), park.district()));
        return facts.stream()
                .map(fact -> fact instanceof DispatchMeeting meeting ? meeting.locatedBy(districtOfPark) : fact)
                .toList();
    }
}
