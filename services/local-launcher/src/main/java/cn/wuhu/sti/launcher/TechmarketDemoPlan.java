package cn.wuhu.sti.launcher;

import cn.wuhu.sti.domain.Uscc;
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
 * The technology market of the seed's 2023: registered contract turnover past 100 billion yuan (技术合同交易额首破千亿,
 * with 2022 below it), 2,104 achievements published, 140+ achievement–demand matches, 80+ matchmaking activities (10
 * 科技畅聊会 and 6 双创汇 among them), 20 揭榜挂帅 challenges (10 a category), 40 capability and 20 opportunity
 * scenario items with 16 landed, and 280 regular plus 20 challenge programme projects with 2.23亿 yuan of public
 * funding drawing 17.7亿 of the firms' own. Generated from a fixed seed.
 *
 * <p>2022 where the seed implies a change, so a year-on-year series is real: 1,446 achievements published (the seed's
 * 2,104 are up 45.5 %, and 2,104 / 1.455 = 1,446.05), and 300 contracts registered. The seed gives no 2022 turnover,
 * only that 2023's is the first above 100 billion: the 2022 contracts of 150 to 350 million yuan each, some 76 billion
 * in all, with technology-transaction amounts of 60 to 100 % of the contract amounts as in 2023, are a demo
 * assumption. Matches, activities and the rest have no 2022 figure in the seed and none here. The 2022 achievements
 * are drawn from a generator of their own, so every body of 2023 is what it was before they were added.
 */
final class TechmarketDemoPlan {

    static final int CONTRACTS_2023 = 1_300;
    static final int CONTRACTS_2022 = 300;
    static final int ACHIEVEMENTS_2023 = 2_104;
    static final int ACHIEVEMENTS_2022 = 1_446;
    static final int DEMANDS_2023 = 160;
    static final int MATCHES_2023 = 142;
    static final int FORUMS = 10;
    static final int FAIRS = 6;
    static final int OTHER_ACTIVITIES = 66;
    static final int CHALLENGES_PER_CATEGORY = 10;
    static final int CAPABILITY_ITEMS = 40;
    static final int OPPORTUNITY_ITEMS = 20;
    static final int SCENARIOS_LANDED = 16;
    static final int REGULAR_PROJECTS = 280;
    static final BigDecimal PUBLIC_FUNDING = new BigDecimal("223000000.00");
    static final BigDecimal SELF_INVESTMENT = new BigDecimal("1770000000.00");

    private static final String[] KINDS = {"DEVELOPMENT", "TRANSFER", "LICENSING", "CONSULTING", "SERVICE"};
    private static final String[] SUBJECTS = {
        "动力电池热管理", "工业机器人视觉定位", "碳化硅功率器件", "航空发动机叶片", "高端医疗影像", "智能网联决策控制",
        "新型显示驱动芯片", "氢燃料电池电堆", "低空飞行器飞控", "生物基材料合成", "储能系统安全预警", "数控机床主轴"
    };
    private static final String[] OWNERS = {"安徽工程大学", "安徽师范大学", "合肥工业大学", "中国科学技术大学", "安徽（芜湖）高等研究院"};

    private final Random random = new Random(1000);
    private final List<DemoItem> contracts = new ArrayList<>();
    private final List<DemoItem> achievements = new ArrayList<>();
    private final List<DemoItem> achievements2022 = new ArrayList<>();
    private final List<DemoItem> demands = new ArrayList<>();
    private final List<DemoItem> others = new ArrayList<>();
    private final Map<String, BigDecimal> expected = new HashMap<>();
    private final Map<String, BigDecimal> expected2022 = new HashMap<>();
    private int serial;

    static TechmarketDemoPlan generate() {
        var plan = new TechmarketDemoPlan();
        plan.planContracts();
        plan.planMatching();
        plan.planChallenges();
        plan.planScenarios();
        plan.planProgrammeProjects();
        plan.planActivities();
        plan.plan2022Achievements();
        return plan;
    }

    /** What reporting shows for 2023 once it has read every techmarket event of the demo. */
    Map<String, BigDecimal> expected2023() {
        return Map.copyOf(expected);
    }

    /** What reporting shows for 2022: the figures the seed implies a change from (achievements, contracts). */
    Map<String, BigDecimal> expected2022() {
        return Map.copyOf(expected2022);
    }

    /** Every item but the matches, which need the ids the achievements and demands get; 2022's achievements last. */
    List<DemoItem> items() {
        List<DemoItem> items = new ArrayList<>(contracts);
        items.addAll(others);
        items.addAll(achievements);
        items.addAll(demands);
        items.addAll(achievements2022);
        return items;
    }

    int size() {
        return contracts.size()
                + achievements.size()
                + demands.size()
                + others.size()
                + achievements2022.size()
                + MATCHES_2023;
    }

    /** Loads the plan: everything side by side, then the matches between the achievements and demands it made. */
    void loadWith(DemoLoader loader) {
        loader.load(matches(loader.load(items())));
    }

    /** The 2023 matches, given the ids the {@link #items()} got, in their order. */
    List<DemoItem> matches(List<String> ids) {
        int achievementsFrom = contracts.size() + others.size();
        int demandsFrom = achievementsFrom + achievements.size();
        List<DemoItem> matches = new ArrayList<>();
        for (int i = 0; i < MATCHES_2023; i++) {
            matches.add(DemoItem.created(
                    "/api/techmarket/matches",
                    Map.of(
                            "achievementId", ids.get(achievementsFrom + i),
                            "demandId", ids.get(demandsFrom + i),
                            "matchedOn", LocalDate.of(2023, 11, 1 + i % 28))));
        }
        return matches;
    }

    private void planContracts() {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal transactions = BigDecimal.ZERO;
        for (int i = 0; i < CONTRACTS_2023; i++) {
            var contract = contract(2023, i, money(20_000_000, 140_000_000));
            amount = amount.add((BigDecimal) contract.get("contractAmount"));
            transactions = transactions.add((BigDecimal) contract.get("techTransactionAmount"));
        }
        BigDecimal amount2022 = BigDecimal.ZERO;
        BigDecimal transactions2022 = BigDecimal.ZERO;
        for (int i = 0; i < CONTRACTS_2022; i++) {
            var contract = contract(2022, i, money(150_000_000, 350_000_000));
            amount2022 = amount2022.add((BigDecimal) contract.get("contractAmount"));
            transactions2022 = transactions2022.add((BigDecimal) contract.get("techTransactionAmount"));
        }
        expected2022.put("techmarket.contracts.count", BigDecimal.valueOf(CONTRACTS_2022));
        expected2022.put("techmarket.contracts.amount", amount2022);
        expected2022.put("techmarket.transactions.amount", transactions2022);
        expected.put("techmarket.contracts.count", BigDecimal.valueOf(CONTRACTS_2023));
        expected.put("techmarket.contracts.amount", amount);
        expected.put("techmarket.transactions.amount", transactions);
    }

    private Map<String, Object> contract(int year, int i, BigDecimal contractAmount) {
        // January registrations include signings of the December before: the registration decides the year.
        LocalDate registered = dayIn(year);
        LocalDate signed = registered.minusDays(5 + random.nextInt(40));
        BigDecimal transaction = contractAmount
                .multiply(BigDecimal.valueOf(60 + random.nextInt(41)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        var body = new LinkedHashMap<String, Object>();
        body.put("registrationNo", "%d34029%07d".formatted(year, i)); // the docs' examples use 340200
        body.put("kind", KINDS[random.nextInt(KINDS.length)]);
        body.put("seller", Map.of("uscc", uscc(), "name", OWNERS[random.nextInt(OWNERS.length)] + "技术转移中心"));
        body.put("buyer", Map.of("name", "芜湖" + subject() + "科技有限公司"));
        body.put("contractAmount", contractAmount);
        body.put("techTransactionAmount", transaction);
        body.put("signedOn", signed);
        body.put("registeredOn", registered);
        body.put("district", district());
        contracts.add(new DemoItem((String) body.get("registrationNo"), "/api/techmarket/contracts", body, List.of()));
        return body;
    }

    private void planMatching() {
        for (int i = 0; i < ACHIEVEMENTS_2023; i++) {
            var body = Map.<String, Object>of(
                    "title",
                    subject() + "成果" + (i + 1),
                    "owner",
                    OWNERS[random.nextInt(OWNERS.length)],
                    "industry",
                    industry(),
                    "publishedOn",
                    LocalDate.of(2023, 1 + random.nextInt(10), 1 + random.nextInt(28)));
            achievements.add(DemoItem.created("/api/techmarket/achievements", body));
        }
        for (int i = 0; i < DEMANDS_2023; i++) {
            var body = Map.<String, Object>of(
                    "title", subject() + "技术需求" + (i + 1),
                    "enterpriseUscc", uscc(),
                    "industry", industry(),
                    "publishedOn", LocalDate.of(2023, 1 + random.nextInt(10), 1 + random.nextInt(28)));
            demands.add(DemoItem.created("/api/techmarket/demands", body));
        }
        expected.put("techmarket.achievements.published", BigDecimal.valueOf(ACHIEVEMENTS_2023));
        expected.put("techmarket.matches.count", BigDecimal.valueOf(MATCHES_2023));
    }

    private void planChallenges() {
        BigDecimal awarded = BigDecimal.ZERO;
        for (String category : List.of("KEY_CORE_TECH", "MAJOR_ACHIEVEMENT")) {
            long cap = category.equals("KEY_CORE_TECH") ? 10_000_000 : 5_000_000;
            for (int i = 0; i < CHALLENGES_PER_CATEGORY; i++) {
                BigDecimal amount = money(cap / 2, cap);
                awarded = awarded.add(amount);
                LocalDate published = LocalDate.of(2023, 3, 1 + i);
                var moves = new ArrayList<DemoItem.Move>();
                moves.add(new DemoItem.Move(
                        "award",
                        Map.of(
                                "winner", Map.of("uscc", uscc(), "name", "芜湖揭榜科技有限公司" + (i + 1)),
                                "amount", amount,
                                "date", published.plusMonths(2))));
                if (i < 4) {
                    moves.add(new DemoItem.Move(
                            "completion", Map.of("date", published.plusMonths(9), "outcome", "COMPLETED")));
                }
                var body = Map.<String, Object>of(
                        "title",
                        "“赤铸之光”" + subject() + "攻关",
                        "category",
                        category,
                        "industry",
                        industry(),
                        "publishedOn",
                        published);
                others.add(new DemoItem(null, "/api/techmarket/challenges", body, moves));
            }
        }
        expected.put("techmarket.challenges.awarded", BigDecimal.valueOf(2L * CHALLENGES_PER_CATEGORY));
        expected.put("techmarket.challenges.awarded.amount", awarded);
    }

    private void planScenarios() {
        for (int i = 0; i < CAPABILITY_ITEMS + OPPORTUNITY_ITEMS; i++) {
            String list = i < CAPABILITY_ITEMS ? "CAPABILITY" : "OPPORTUNITY";
            LocalDate published = LocalDate.of(2023, 4, 1 + i % 28);
            List<DemoItem.Move> moves = i % 3 == 0 && i / 3 < SCENARIOS_LANDED
                    ? List.of(new DemoItem.Move(
                            "landing", Map.of("date", published.plusMonths(3), "district", district())))
                    : List.of();
            var body = Map.<String, Object>of(
                    "title",
                    subject() + "场景" + (i + 1),
                    "list",
                    list,
                    "industry",
                    industry(),
                    "publishedOn",
                    published);
            others.add(new DemoItem(null, "/api/techmarket/scenarios", body, moves));
        }
        expected.put("techmarket.scenarios.landed", BigDecimal.valueOf(SCENARIOS_LANDED));
    }

    private void planProgrammeProjects() {
        int projects = REGULAR_PROJECTS + 2 * CHALLENGES_PER_CATEGORY;
        List<BigDecimal> funding = DemoShares.split(PUBLIC_FUNDING, projects, random, 50, 150);
        List<BigDecimal> own = DemoShares.split(SELF_INVESTMENT, projects, random, 50, 150);
        for (int i = 0; i < projects; i++) {
            var body = new LinkedHashMap<String, Object>();
            body.put("title", subject() + "科技计划项目" + (i + 1));
            body.put("kind", i < REGULAR_PROJECTS ? "REGULAR" : "CHALLENGE");
            body.put("leadUscc", uscc());
            body.put("district", district());
            body.put("approvedOn", LocalDate.of(2023, 5 + i % 6, 1 + i % 28));
            body.put("publicFunding", funding.get(i));
            body.put("selfInvestment", own.get(i));
            others.add(DemoItem.created("/api/techmarket/programme-projects", body));
        }
        expected.put("techmarket.programme.projects", BigDecimal.valueOf(projects));
        expected.put("techmarket.programme.publicfunding.amount", PUBLIC_FUNDING);
        expected.put("techmarket.programme.selfinvestment.amount", SELF_INVESTMENT);
    }

    private void planActivities() {
        int count = FORUMS + FAIRS + OTHER_ACTIVITIES;
        for (int i = 0; i < count; i++) {
            String kind = i < FORUMS ? "CITY_LEADER_FORUM" : i < FORUMS + FAIRS ? "INNOVATION_FAIR" : "OTHER";
            var body = Map.<String, Object>of(
                    "title",
                    subject() + (i < FORUMS ? "科技畅聊会" : i < FORUMS + FAIRS ? "双创汇专场" : "产学研对接会"),
                    "kind",
                    kind,
                    "heldOn",
                    LocalDate.of(2023, 1 + i % 12, 1 + i % 28),
                    "district",
                    district());
            others.add(DemoItem.created("/api/techmarket/activities", body));
        }
        expected.put("techmarket.activities.count", BigDecimal.valueOf(count));
    }

    /** 2022's achievements, from a generator of their own: drawing on the plan's would change every body after. */
    private void plan2022Achievements() {
        var random2022 = new Random(2022);
        for (int i = 0; i < ACHIEVEMENTS_2022; i++) {
            var body = Map.<String, Object>of(
                    "title",
                    SUBJECTS[random2022.nextInt(SUBJECTS.length)] + "成果（2022）" + (i + 1),
                    "owner",
                    OWNERS[random2022.nextInt(OWNERS.length)],
                    "industry",
                    Industry.values()[random2022.nextInt(Industry.values().length)],
                    "publishedOn",
                    LocalDate.ofYearDay(2022, 1 + random2022.nextInt(365)));
            achievements2022.add(DemoItem.created("/api/techmarket/achievements", body));
        }
        expected2022.put("techmarket.achievements.published", BigDecimal.valueOf(ACHIEVEMENTS_2022));
    }

    private BigDecimal money(long from, long to) {
        long fen = from * 100 + (long) (random.nextDouble() * (to - from) * 100);
        return BigDecimal.valueOf(fen, 2);
    }

    private String uscc() {
        String first17 = "91340200" + "MA2X%05d".formatted(serial++ % 100_000);
        return first17 + Uscc.checkCharacterOf(first17);
    }

    private LocalDate dayIn(int year) {
        return LocalDate.ofYearDay(year, 1 + random.nextInt(365));
    }

    private String subject() {
        return SUBJECTS[random.nextInt(SUBJECTS.length)];
    }

    private District district() {
        return District.values()[random.nextInt(District.values().length)];
    }

    private Industry industry() {
        return Industry.values()[random.nextInt(Industry.values().length)];
    }
}
