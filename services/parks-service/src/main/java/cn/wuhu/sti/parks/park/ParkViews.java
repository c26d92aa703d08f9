package cn.wuhu.sti.parks.park;

import cn.wuhu.sti.parks.park.model.Park;
import cn.wuhu.sti.parks.park.model.ParkStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** What the park API answers; never the stored document. Areas in m², occupancy in percent with two decimals. */
final class ParkViews {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * A park after every recorded move: {@code usableArea} and {@code occupancy} only once it is in use; {@code
     * tenants} holds every tenancy, a past one with its {@code movedOutOn}.
     */
    record ParkView(
            String id,
            String name,
            District district,
            Industry industry,
            BigDecimal plannedArea,
            ParkStage stage,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal usableArea,
            BigDecimal leasedArea,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal occupancy,
            List<Step> history,
            List<TenantView> tenants) {

        static ParkView of(Park park) {
            var profile = park.profile();
            BigDecimal leased = park.leasedArea();
            return new ParkView(
                    park.id(),
                    profile.name(),
                    profile.district(),
                    profile.industry(),
                    profile.plannedArea(),
                    park.stage(),
                    park.usableArea().orElse(null),
                    leased,
                    park.usableArea().map(usable -> percent(leased, usable)).orElse(null),
                    park.history().stream()
                            .map(m -> new Step(m.stage(), m.date()))
                            .toList(),
                    park.tenancies().stream()
                            .map(t -> new TenantView(
                                    t.uscc().value(),
                                    t.name(),
                                    t.area(),
                                    t.movedInOn(),
                                    t.movedOutOn().orElse(null)))
                            .toList());
        }
    }

    record Step(ParkStage stage, LocalDate date) {}

    record TenantView(
            String uscc,
            String name,
            BigDecimal area,
            LocalDate movedInOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate movedOutOn) {}

    /** A park's occupancy on {@code date}; {@code usableArea} and {@code occupancy} only if it was in use that day. */
    record OccupancyView(
            String parkId,
            LocalDate date,
            ParkStage stage,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal usableArea,
            BigDecimal leasedArea,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal occupancy) {

        static OccupancyView of(Park park, LocalDate date) {
            var occupancy = park.occupancyOn(date);
            return new OccupancyView(
                    park.id(),
                    date,
                    stageOn(park, date),
                    occupancy.flatMap(o -> park.usableArea()).orElse(null),
                    park.leasedAreaOn(date),
                    occupancy.orElse(null));
        }
    }

    /** Over every park in use on {@code date}: their usable and leased areas summed, and the one as a percent of the other. */
    record OverallOccupancyView(
            LocalDate date,
            int parksInUse,
            BigDecimal usableArea,
            BigDecimal leasedArea,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal occupancy) {

        static OverallOccupancyView of(List<Park> parks, LocalDate date) {
            var inUse =
                    parks.stream().filter(p -> p.occupancyOn(date).isPresent()).toList();
            BigDecimal usable = inUse.stream()
                    .map(p -> p.usableArea().orElseThrow())
                    .reduce(new BigDecimal("0.00"), BigDecimal::add);
            BigDecimal leased =
                    inUse.stream().map(p -> p.leasedAreaOn(date)).reduce(new BigDecimal("0.00"), BigDecimal::add);
            return new OverallOccupancyView(
                    date, inUse.size(), usable, leased, inUse.isEmpty() ? null : percent(leased, usable));
        }
    }

    /**
     * Every industry with its parks (一产业一园区), then the industries without a park and those with more than one.
     */
    record CoverageView(
            List<IndustryParks> industries, List<Industry> withoutPark, List<Industry> withMoreThanOnePark) {

        static CoverageView of(List<Park> parks) {
            var industries = java.util.Arrays.stream(Industry.values())
                    .map(industry -> new IndustryParks(
                            industry,
                            industry.chineseName(),
                            parks.stream()
                                    .filter(p -> p.profile().industry() == industry)
                                    .map(p -> new ParkRef(
                                            p.id(),
                                            p.profile().name(),
                                            p.profile().district(),
                                            p.stage()))
                                    .toList()))
                    .toList();
            return new CoverageView(
                    industries,
                    industries.stream()
                            .filter(i -> i.parks().isEmpty())
                            .map(IndustryParks::industry)
                            .toList(),
                    industries.stream()
                            .filter(i -> i.parks().size() > 1)
                            .map(IndustryParks::industry)
                            .toList());
        }
    }

    record IndustryParks(Industry industry, String chineseName, List<ParkRef> parks) {}

    record ParkRef(String id, String name, District district, ParkStage stage) {}

    private static ParkStage stageOn(Park park, LocalDate date) {
        return park.history().stream()
                .filter(m -> !m.date().isAfter(date))
                .map(m -> m.stage())
                .reduce((first, second) -> second)
                .orElse(ParkStage.PLANNED);
    }

    private static BigDecimal percent(BigDecimal leased, BigDecimal usable) {
        return leased.multiply(HUNDRED).divide(usable, 2, RoundingMode.HALF_UP);
    }

    private ParkViews() {}
}
