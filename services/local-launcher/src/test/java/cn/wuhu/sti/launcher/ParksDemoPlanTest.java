package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parks demo is shaped like the seed's 2023, read from the bodies it posts. */
class ParksDemoPlanTest {

    private static final List<DemoPlan.FirmPlan> FIRMS = DemoPlan.generate();
    private static final ParksDemoPlan PLAN = ParksDemoPlan.generate(FIRMS);

    @Test
    void oneParkAnIndustryWithThreePointSixMillionSquareMetresPlannedInAll() {
        assertThat(PLAN.parks()).hasSize(cn.wuhu.sti.reference.Industry.values().length);
        assertThat(PLAN.parks().stream()
                        .map(p -> body(p.body()).get("industry"))
                        .distinct())
                .hasSize(PLAN.parks().size());
        assertThat(PLAN.parks().stream()
                        .map(p -> (BigDecimal) body(p.body()).get("plannedArea"))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3600000.00");
    }

    @Test
    void nineParksStartIn2023FiveOpenAndAHundredAndOneFirmsOfTheEnterpriseDemoMoveIn() {
        assertThat(moves("construction").filter(m -> date(m, "date").getYear() == 2023))
                .hasSize(9);
        assertThat(moves("opening").filter(m -> date(m, "date").getYear() == 2023))
                .hasSize(5);
        Set<String> known = FIRMS.stream().map(DemoPlan.FirmPlan::uscc).collect(Collectors.toSet());
        assertThat(moves("tenants").toList())
                .hasSize(101)
                .allSatisfy(tenant ->
                        assertThat(known).contains((String) body(tenant.body()).get("uscc")));
    }

    @Test
    void tenantsMoveInAfterTheOpeningInDateOrderAndWithinTheUsableArea() {
        for (DemoItem park : PLAN.parks()) {
            var opening = park.moves().stream()
                    .filter(m -> m.name().equals("opening"))
                    .findFirst();
            if (opening.isEmpty()) {
                continue;
            }
            BigDecimal usable = (BigDecimal) body(opening.get().body()).get("usableArea");
            LocalDate last = date(opening.get(), "date");
            BigDecimal leased = BigDecimal.ZERO;
            for (DemoItem.Move tenant : park.moves().stream()
                    .filter(m -> m.name().equals("tenants"))
                    .toList()) {
                assertThat(date(tenant, "movedInOn")).isAfterOrEqualTo(last);
                last = date(tenant, "movedInOn");
                leased = leased.add((BigDecimal) body(tenant.body()).get("area"));
            }
            assertThat(leased).isLessThanOrEqualTo(usable);
        }
    }

    @Test
    void theSeedsCarriersPlatformsAndDispatchMeetings() {
        assertThat(PLAN.expected2023())
                .containsEntry("carriers.provincialplus.new", BigDecimal.valueOf(9))
                .containsEntry("carriers.pilotbases.provincialplus.new", BigDecimal.valueOf(3))
                .containsEntry("platforms.provincialplus.new", BigDecimal.valueOf(12))
                .containsEntry("parks.dispatches.cityleader", BigDecimal.valueOf(15))
                .containsEntry("parks.dispatches.bureau", BigDecimal.valueOf(30));
        assertThat(PLAN.others().stream()
                        .filter(i -> i.path().equals("/api/parks/platforms"))
                        .map(i -> body(i.body()).get("kind")))
                .filteredOn("NEW_RD_INSTITUTION"::equals)
                .hasSize(4);
    }

    private static java.util.stream.Stream<DemoItem.Move> moves(String name) {
        return PLAN.parks().stream()
                .flatMap(p -> p.moves().stream())
                .filter(m -> m.name().equals(name));
    }

    private static LocalDate date(DemoItem.Move move, String field) {
        return (LocalDate) body(move.body()).get(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Object body) {
        return (Map<String, Object>) body;
    }
}
