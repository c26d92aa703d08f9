package cn.wuhu.sti.launcher;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The parks of the seed's 2023 (一产业一园区): one park an industry, about 3.6 million m² planned in all; 9 started in
 * 2023 and 5 in use, into which 101 firms of the enterprise demo moved; 9 new provincial-or-higher incubators and
 * maker spaces (3 of them raised from municipal), 3 provincial pilot bases; 4 new R&amp;D institutions, 2 industry
 * innovation research institutes and 6 innovation consortia; 15 dispatch meetings chaired by city leaders and 30 by
 * the bureau. Generated from a fixed seed.
 */
final class ParksDemoPlan {

    static final BigDecimal PLANNED_AREA = new BigDecimal("3600000.00");
    static final int STARTED_2023 = 9;
    static final int OPENED_2023 = 5;
    static final int TENANTS_2023 = 101;
    static final int CITY_LEADER_DISPATCHES = 15;
    static final int BUREAU_DISPATCHES = 30;

    private static final String[] INDUSTRY_WORDS = {"新能源汽车", "机器人", "航空", "新材料", "电子信息", "生命健康"};

    private final Random random = new Random(360);
    private final List<DemoItem> parks = new ArrayList<>();
    private final List<DemoItem> others = new ArrayList<>();
    private final Map<String, BigDecimal> expected = new HashMap<>();

    static ParksDemoPlan generate(List<DemoPlan.FirmPlan> firms) {
        var plan = new ParksDemoPlan();
        plan.planParks(firms);
        plan.planCarriers();
        plan.planPlatforms();
        return plan;
    }

    /** What reporting shows for 2023 once it has read every parks event of the demo. */
    Map<String, BigDecimal> expected2023() {
        return Map.copyOf(expected);
    }

    List<DemoItem> parks() {
        return parks;
    }

    List<DemoItem> others() {
        return others;
    }

    /** Loads the plan: parks, carriers and platforms side by side, then the dispatch meetings on the parks. */
    void loadWith(DemoLoader loader) {
        List<DemoItem> items = new ArrayList<>(parks);
        items.addAll(others);
        List<String> parkIds = loader.load(items).subList(0, parks.size());
        List<DemoItem> dispatches = new ArrayList<>();
        for (int i = 0; i < CITY_LEADER_DISPATCHES + BUREAU_DISPATCHES; i++) {
            String chair = i < CITY_LEADER_DISPATCHES ? "CITY_LEADER" : "BUREAU";
            int raised = 2 + i % 5;
            dispatches.add(DemoItem.created(
                    "/api/parks/dispatches",
                    Map.of(
                            "heldOn",
                            LocalDate.of(2023, 1 + i % 12, 5 + i % 20),
                            "chair",
                            chair,
                            "parkIds",
                            List.of(parkIds.get(i % parkIds.size()), parkIds.get((i + 3) % parkIds.size())),
                            "issuesRaised",
                            raised,
                            "issuesResolved",
                            raised - i % 2)));
        }
        loader.load(dispatches);
    }

    private void planParks(List<DemoPlan.FirmPlan> firms) {
        Industry[] industries = Industry.values();
        List<BigDecimal> planned = DemoShares.split(PLANNED_AREA, industries.length, random, 60, 140);
        BigDecimal usableInUse = BigDecimal.ZERO;
        BigDecimal leasedInUse = BigDecimal.ZERO;
        int tenant = 0;
        for (int i = 0; i < industries.length; i++) {
            var body = new LinkedHashMap<String, Object>();
            body.put("name", "芜湖" + industries[i].chineseName() + "创新园");
            body.put("district", District.values()[i % District.values().length]);
            body.put("industry", industries[i]);
            body.put("plannedArea", planned.get(i));
            body.put("plannedOn", LocalDate.of(2021, 6, 1 + i));
            List<DemoItem.Move> moves = new ArrayList<>();
            if (i < OPENED_2023) {
                // Started in 2022, in use in 2023, tenants moving in after the opening in date order.
                BigDecimal usable =
                        planned.get(i).multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.DOWN);
                LocalDate opened = LocalDate.of(2023, 3 + i, 15);
                moves.add(new DemoItem.Move("construction", Map.of("date", LocalDate.of(2022, 2 + i, 10))));
                moves.add(new DemoItem.Move("opening", Map.of("date", opened, "usableArea", usable)));
                int count = TENANTS_2023 / OPENED_2023 + (i < TENANTS_2023 % OPENED_2023 ? 1 : 0);
                LocalDate day = opened;
                for (int t = 0; t < count; t++, tenant++) {
                    DemoPlan.FirmPlan firm = firms.get(tenant * 7);
                    BigDecimal area = BigDecimal.valueOf(500 + random.nextInt(2_500));
                    day = day.plusDays(1 + random.nextInt(2));
                    leasedInUse = leasedInUse.add(area);
                    moves.add(new DemoItem.Move(
                            "tenants",
                            Map.of("uscc", firm.uscc(), "name", firm.name(), "area", area, "movedInOn", day)));
                }
                usableInUse = usableInUse.add(usable);
            } else if (i < OPENED_2023 + STARTED_2023) {
                moves.add(new DemoItem.Move("construction", Map.of("date", LocalDate.of(2023, 1 + i % 12, 20))));
            }
            parks.add(new DemoItem(null, "/api/parks", body, moves));
        }
        expected.put("parks.construction.started", BigDecimal.valueOf(STARTED_2023));
        expected.put("parks.opened", BigDecimal.valueOf(OPENED_2023));
        expected.put("parks.inuse.total", BigDecimal.valueOf(OPENED_2023));
        expected.put("parks.tenants.movedin", BigDecimal.valueOf(TENANTS_2023));
        expected.put(
                "parks.occupancy",
                leasedInUse.multiply(BigDecimal.valueOf(100)).divide(usableInUse, 2, RoundingMode.HALF_UP));
        expected.put("parks.dispatches.cityleader", BigDecimal.valueOf(CITY_LEADER_DISPATCHES));
        expected.put("parks.dispatches.bureau", BigDecimal.valueOf(BUREAU_DISPATCHES));
    }

    private void planCarriers() {
        String[] kinds = {"INCUBATOR", "MAKER_SPACE"};
        for (int i = 0; i < 6; i++) {
            others.add(
                    carrier(kinds[i % 2], i < 2 ? "NATIONAL" : "PROVINCIAL", LocalDate.of(2023, 4 + i, 8), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            var raise = new DemoItem.Move("level", Map.of("level", "PROVINCIAL", "date", LocalDate.of(2023, 9, 1 + i)));
            others.add(carrier(kinds[i % 2], "MUNICIPAL", LocalDate.of(2021, 5, 1 + i), List.of(raise)));
        }
        for (int i = 0; i < 5; i++) {
            others.add(carrier(kinds[i % 2], "MUNICIPAL", LocalDate.of(2023, 6, 1 + i), List.of()));
            others.add(carrier(kinds[i % 2], "PROVINCIAL", LocalDate.of(2022, 6, 1 + i), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            others.add(carrier("PILOT_BASE", "PROVINCIAL", LocalDate.of(2023, 10, 10 + i), List.of()));
        }
        expected.put("carriers.provincialplus.new", BigDecimal.valueOf(9));
        expected.put("carriers.pilotbases.provincialplus.new", BigDecimal.valueOf(3));
    }

    private DemoItem carrier(String kind, String level, LocalDate accreditedOn, List<DemoItem.Move> moves) {
        String name = switch (kind) {
            case "INCUBATOR" -> "科技企业孵化器";
            case "MAKER_SPACE" -> "众创空间";
            default -> "科技成果中试基地";
        };
        var body = Map.<String, Object>of(
                "name", "芜湖" + (others.size() + 1) + "号" + name,
                "kind", kind,
                "level", level,
                "district", District.values()[random.nextInt(District.values().length)],
                "accreditedOn", accreditedOn);
        return new DemoItem(null, "/api/parks/carriers", body, moves);
    }

    private void planPlatforms() {
        int count = 0;
        for (var kind : List.of(
                List.of("NEW_RD_INSTITUTION", "新型研发机构", 4),
                List.of("INDUSTRY_INSTITUTE", "产业创新研究院", 2),
                List.of("CONSORTIUM", "创新联合体", 6))) {
            for (int i = 0; i < (int) kind.get(2); i++, count++) {
                others.add(DemoItem.created(
                        "/api/parks/platforms",
                        Map.of(
                                "name",
                                "芜湖" + INDUSTRY_WORDS[count % INDUSTRY_WORDS.length] + kind.get(1),
                                "kind",
                                kind.get(0),
                                "level",
                                "PROVINCIAL",
                                "district",
                                District.values()[random.nextInt(District.values().length)],
                                "backer",
                                "安徽（芜湖）高等研究院",
                                "accreditedOn",
                                LocalDate.of(2023, 2 + i, 18))));
            }
        }
        others.add(DemoItem.created(
                "/api/parks/platforms",
                Map.of(
                        "name", "芜湖市汽车轻量化重点实验室",
                        "kind", "KEY_LAB",
                        "level", "MUNICIPAL",
                        "district", District.JIUJIANG,
                        "backer", "奇瑞汽车股份有限公司",
                        "accreditedOn", LocalDate.of(2023, 7, 1))));
        expected.put("platforms.provincialplus.new", BigDecimal.valueOf(count));
    }
}
