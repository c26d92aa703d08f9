package cn.wuhu.sti.launcher;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The talent work behind the seed's 2023 figures: 95 high-level talent teams landed (新招引95个高层次科技人才团队来芜湖落地),
 * more than 100 projects in the S&amp;T fund's library, and projects handed over by the innovation enclaves in
 * Shanghai, Hefei and Shenzhen; 2022 as well, so a year-on-year change is real. Generated from a fixed seed.
 */
final class TalentDemoPlan {

    static final int TEAMS_LANDED_2023 = 95;
    static final int TEAMS_INCORPORATED_2023 = 41;
    static final int TEAMS_LANDED_2022 = 82;
    static final int TEAMS_STILL_COURTED = 23;
    static final int TEAMS_DROPPED = 9;
    static final int FUND_PROJECTS = 108;
    static final int FUND_INVESTED_2023 = 37;
    static final int FUND_REJECTED = 21;
    static final int ENCLAVE_PROJECTS = 30;
    static final int ENCLAVE_PROJECTS_LANDED_2023 = 14;

    /** An enclave, and its projects (their path relative to the enclave's) with the landing of some of them. */
    record EnclavePlan(DemoItem enclave, List<DemoItem> projects) {}

    private static final String[] CITIES = {"上海", "合肥", "深圳"};
    private static final String[] FIELDS = {"固态电池", "工业机器人", "第三代半导体", "航空发动机部件", "高端医疗器械", "智能网联", "新型显示", "氢能装备"};
    private static final String[] REGIONS = {"上海", "北京", "深圳", "杭州", "南京", "合肥", "武汉", "西安", "海外"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

    private final Random random = new Random(95);
    private final List<DemoItem> teams = new ArrayList<>();
    private final List<DemoItem> fundProjects = new ArrayList<>();
    private final List<EnclavePlan> enclaves = new ArrayList<>();
    private BigDecimal invested2023 = BigDecimal.ZERO;

    static TalentDemoPlan generate() {
        var plan = new TalentDemoPlan();
        plan.planTeams();
        plan.planFund();
        plan.planEnclaves();
        return plan;
    }

    /** Loads the plan: teams and fund projects side by side, then each enclave and its projects. */
    void loadWith(DemoLoader loader) {
        List<DemoItem> independent = new ArrayList<>(teams);
        independent.addAll(fundProjects);
        loader.load(independent);
        for (EnclavePlan plan : enclaves) {
            String enclaveId = loader.load(List.of(plan.enclave())).get(0);
            loader.load(plan.projects().stream()
                    .map(project -> new DemoItem(
                            null,
                            "/api/talent/enclaves/" + enclaveId + "/" + project.path(),
                            project.body(),
                            project.moves()))
                    .toList());
        }
    }

    List<DemoItem> teams() {
        return teams;
    }

    List<DemoItem> fundProjects() {
        return fundProjects;
    }

    List<EnclavePlan> enclaves() {
        return enclaves;
    }

    /** What reporting shows for 2023 once it has read every talent event of the demo. */
    Map<String, BigDecimal> expected2023() {
        return Map.of(
                "talent.teams.landed", BigDecimal.valueOf(TEAMS_LANDED_2023),
                "talent.teams.incorporated", BigDecimal.valueOf(TEAMS_INCORPORATED_2023),
                "talent.fund.invested.count", BigDecimal.valueOf(FUND_INVESTED_2023),
                "talent.fund.invested.amount", invested2023,
                "talent.enclave.projects.landed", BigDecimal.valueOf(ENCLAVE_PROJECTS_LANDED_2023));
    }

    private void planTeams() {
        int serial = 0;
        for (int i = 0; i < TEAMS_LANDED_2023; i++) {
            LocalDate landed = dayIn(2023);
            List<DemoItem.Move> moves = courtship(landed);
            moves.add(new DemoItem.Move("landing", Map.of("date", landed, "district", district())));
            if (i < TEAMS_INCORPORATED_2023) {
                LocalDate incorporated = landed.plusDays(10 + random.nextInt(60));
                if (incorporated.getYear() == 2023) {
                    moves.add(incorporation(incorporated, serial));
                } else {
                    moves.add(incorporation(LocalDate.of(2023, 12, 31), serial));
                }
            }
            teams.add(team(serial++, landed.minusMonths(8), moves));
        }
        for (int i = 0; i < TEAMS_LANDED_2022; i++) {
            LocalDate landed = dayIn(2022);
            List<DemoItem.Move> moves = courtship(landed);
            moves.add(new DemoItem.Move("landing", Map.of("date", landed, "district", district())));
            teams.add(team(serial++, landed.minusMonths(8), moves));
        }
        for (int i = 0; i < TEAMS_STILL_COURTED; i++) {
            LocalDate sourced = dayIn(2023);
            List<DemoItem.Move> moves = new ArrayList<>();
            if (i % 2 == 0) {
                moves.add(new DemoItem.Move("negotiation", Map.of("date", sourced.plusDays(20))));
            }
            teams.add(team(serial++, sourced.minusMonths(1), moves));
        }
        for (int i = 0; i < TEAMS_DROPPED; i++) {
            LocalDate sourced = dayIn(2023).minusMonths(2);
            List<DemoItem.Move> moves = new ArrayList<>();
            moves.add(new DemoItem.Move("negotiation", Map.of("date", sourced.plusDays(15))));
            moves.add(new DemoItem.Move("drop", Map.of("date", sourced.plusDays(45), "reason", "团队选择落户其他城市")));
            teams.add(team(serial++, sourced, moves));
        }
    }

    private List<DemoItem.Move> courtship(LocalDate landed) {
        List<DemoItem.Move> moves = new ArrayList<>();
        LocalDate sourced = landed.minusMonths(8);
        if (random.nextBoolean()) {
            moves.add(new DemoItem.Move("negotiation", Map.of("date", sourced.plusDays(30))));
        }
        moves.add(new DemoItem.Move("signing", Map.of("date", landed.minusMonths(2))));
        return moves;
    }

    private DemoItem.Move incorporation(LocalDate on, int serial) {
        String first17 = "91340200" + String.format("MA2T%05d", serial);
        String uscc = first17 + cn.wuhu.sti.domain.Uscc.checkCharacterOf(first17);
        return new DemoItem.Move(
                "incorporation", Map.of("date", on, "uscc", uscc, "name", "芜湖" + field(serial) + "科技有限公司" + serial));
    }

    private DemoItem team(int serial, LocalDate sourcedOn, List<DemoItem.Move> moves) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", field(serial) + "创新团队" + (serial + 1));
        body.put("leader", SURNAMES[serial % SURNAMES.length] + "教授");
        body.put("industry", industry());
        body.put("district", district());
        body.put("originRegion", REGIONS[random.nextInt(REGIONS.length)]);
        body.put("sourcedOn", sourcedOn);
        return new DemoItem(null, "/api/talent/teams", body, moves);
    }

    private void planFund() {
        for (int i = 0; i < FUND_PROJECTS; i++) {
            LocalDate sourced = dayIn(2023).minusMonths(3);
            List<DemoItem.Move> moves = new ArrayList<>();
            if (i < FUND_INVESTED_2023) {
                LocalDate diligence = sourced.plusDays(20);
                LocalDate invested = LocalDate.of(2023, 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (!invested.isAfter(diligence)) {
                    invested = diligence.plusDays(1);
                }
                if (invested.getYear() != 2023) {
                    invested = LocalDate.of(2023, 12, 31);
                    diligence = invested.minusDays(10);
                }
                BigDecimal amount = BigDecimal.valueOf(500_000L + random.nextInt(95) * 100_000L);
                invested2023 = invested2023.add(amount);
                moves.add(new DemoItem.Move("due-diligence", Map.of("date", diligence)));
                moves.add(new DemoItem.Move("investment", Map.of("date", invested, "amount", amount)));
            } else if (i < FUND_INVESTED_2023 + FUND_REJECTED) {
                moves.add(new DemoItem.Move("rejection", Map.of("date", sourced.plusDays(40), "reason", "技术成熟度不足")));
            } else if (i % 2 == 0) {
                moves.add(new DemoItem.Move("due-diligence", Map.of("date", sourced.plusDays(15))));
            }
            var body = Map.<String, Object>of(
                    "name", field(i) + "项目" + (i + 1), "industry", industry(), "sourcedOn", sourced);
            fundProjects.add(new DemoItem(null, "/api/talent/fund-projects", body, moves));
        }
    }

    private void planEnclaves() {
        int project = 0;
        for (int e = 0; e < CITIES.length; e++) {
            List<DemoItem> projects = new ArrayList<>();
            for (int p = 0; p < ENCLAVE_PROJECTS / CITIES.length; p++, project++) {
                LocalDate incubated = LocalDate.of(2022, 3 + random.nextInt(9), 1 + random.nextInt(28));
                List<DemoItem.Move> moves = new ArrayList<>();
                if (project < ENCLAVE_PROJECTS_LANDED_2023) {
                    moves.add(new DemoItem.Move("landing", Map.of("date", dayIn(2023), "district", district())));
                }
                var body = Map.<String, Object>of(
                        "name",
                        CITIES[e] + field(project) + "孵化项目" + (p + 1),
                        "industry",
                        industry(),
                        "incubatedOn",
                        incubated);
                projects.add(new DemoItem(null, "projects", body, moves));
            }
            var body = Map.<String, Object>of(
                    "name", "芜湖（" + CITIES[e] + "）创新飞地", "city", CITIES[e], "openedOn", LocalDate.of(2021, 6, 1));
            enclaves.add(new EnclavePlan(DemoItem.created("/api/talent/enclaves", body), projects));
        }
    }

    private LocalDate dayIn(int year) {
        return LocalDate.ofYearDay(year, 1 + random.nextInt(365));
    }

    private District district() {
        return District.values()[random.nextInt(District.values().length)];
    }

    private Industry industry() {
        return Industry.values()[random.nextInt(Industry.values().length)];
    }

    private static String field(int serial) {
        return FIELDS[serial % FIELDS.length];
    }
}
