package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.Measured;
import cn.wuhu.sti.reporting.techmarket.model.ApprovedProgrammeProject;
import cn.wuhu.sti.reporting.techmarket.model.AwardedChallenge;
import cn.wuhu.sti.reporting.techmarket.model.HeldActivity;
import cn.wuhu.sti.reporting.techmarket.model.LandedScenario;
import cn.wuhu.sti.reporting.techmarket.model.Match;
import cn.wuhu.sti.reporting.techmarket.model.PublishedAchievement;
import cn.wuhu.sti.reporting.techmarket.model.RegisteredContract;
import cn.wuhu.sti.reporting.techmarket.model.TechmarketFact;
import cn.wuhu.sti.reporting.techmarket.model.TechmarketIndicatorCalculator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The techmarket demo is shaped like the seed's 2023, read from the bodies it posts, not from its own totals. */
class TechmarketDemoPlanTest {

    private static final TechmarketDemoPlan PLAN = TechmarketDemoPlan.generate();
    private static final BigDecimal HUNDRED_BILLION = new BigDecimal("100000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void contractTurnoverPassesAHundredBillionYuanIn2023AndNotBefore() {
        BigDecimal turnover2023 = sum(contractsOf(2023), "contractAmount");
        BigDecimal turnover2022 = sum(contractsOf(2022), "contractAmount");

        assertThat(turnover2023).isGreaterThan(HUNDRED_BILLION);
        assertThat(turnover2022).isLessThan(HUNDRED_BILLION);
        assertThat(PLAN.expected2023().get("techmarket.contracts.amount")).isEqualByComparingTo(turnover2023);
        assertThat(PLAN.expected2023().get("techmarket.transactions.amount"))
                .isEqualByComparingTo(sum(contractsOf(2023), "techTransactionAmount"));
    }

    @Test
    void everyContractHasAUniqueSixteenDigitNumberAndATransactionWithinItsAmount() {
        List<Map<String, Object>> contracts = bodies(path("/api/techmarket/contracts"));

        assertThat(contracts).allSatisfy(c -> {
            assertThat((String) c.get("registrationNo")).matches("\\d{16}");
            assertThat((BigDecimal) c.get("techTransactionAmount"))
                    .isLessThanOrEqualTo((BigDecimal) c.get("contractAmount"));
            assertThat((LocalDate) c.get("signedOn")).isBeforeOrEqualTo((LocalDate) c.get("registeredOn"));
        });
        assertThat(contracts.stream().map(c -> c.get("registrationNo")).distinct())
                .hasSize(contracts.size());
    }

    @Test
    void theSeedsCountsOf2023() {
        assertThat(bodies(path("/api/techmarket/achievements")).stream()
                        .filter(a -> ((LocalDate) a.get("publishedOn")).getYear() == 2023))
                .hasSize(2_104);
        assertThat(bodies(path("/api/techmarket/activities"))).hasSizeGreaterThanOrEqualTo(80);
        assertThat(items(path("/api/techmarket/challenges"))).hasSize(20);
        assertThat(items(path("/api/techmarket/scenarios")).stream()
                        .filter(i -> !i.moves().isEmpty()))
                .hasSize(16);
        assertThat(PLAN.expected2023().get("techmarket.matches.count")).isGreaterThan(BigDecimal.valueOf(140));
    }

    @Test
    void programmeProjectsShareExactlyTheSeedsPublicFundingAndOwnInvestment() {
        List<Map<String, Object>> projects = bodies(path("/api/techmarket/programme-projects"));

        assertThat(projects).hasSize(300);
        assertThat(projects).allSatisfy(p -> {
            assertThat((BigDecimal) p.get("publicFunding")).isNotNegative();
            assertThat((BigDecimal) p.get("selfInvestment")).isNotNegative();
        });
        assertThat(sum(projects, "publicFunding")).isEqualByComparingTo("223000000.00");
        assertThat(sum(projects, "selfInvestment")).isEqualByComparingTo("1770000000.00");
    }

    @Test
    void everyAwardStaysWithinItsCategorysCap() {
        assertThat(items(path("/api/techmarket/challenges"))).allSatisfy(challenge -> {
            long cap = "KEY_CORE_TECH".equals(body(challenge).get("category")) ? 10_000_000 : 5_000_000;
            @SuppressWarnings("unchecked")
            var award = (Map<String, Object>) challenge.moves().get(0).body();
            assertThat((BigDecimal) award.get("amount")).isLessThanOrEqualTo(BigDecimal.valueOf(cap));
        });
    }

    @Test
    void reportingComputes1446AchievementsFor2022SoTheSeriesShowsTheSeeds45Point5Percent() {
        BigDecimal of2022 = indicatorsOf(2022).get("techmarket.achievements.published");
        BigDecimal of2023 = indicatorsOf(2023).get("techmarket.achievements.published");

        assertThat(of2022).isEqualByComparingTo("1446");
        assertThat(of2023).isEqualByComparingTo("2104");
        // as reporting's series computes yoy: the change in percent of the year before, two decimals
        assertThat(of2023.subtract(of2022).multiply(HUNDRED).divide(of2022, 2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("45.50"));
    }

    @Test
    void reportingComputesA2022TurnoverBelowAHundredBillionAndThe2023OnePastIt() {
        Map<String, BigDecimal> of2022 = indicatorsOf(2022);
        Map<String, BigDecimal> of2023 = indicatorsOf(2023);

        assertThat(of2022.get("techmarket.contracts.amount"))
                .isLessThan(HUNDRED_BILLION)
                .isLessThan(of2023.get("techmarket.contracts.amount"));
        assertThat(of2023.get("techmarket.contracts.amount")).isGreaterThan(HUNDRED_BILLION);
        assertThat(of2022.get("techmarket.transactions.amount"))
                .isPositive()
                .isLessThan(of2022.get("techmarket.contracts.amount"));
        assertThat(of2022.get("techmarket.contracts.count")).isEqualByComparingTo("300");
    }

    @Test
    void whatTheLauncherWaitsForIn2022IsWhatReportingComputes() {
        Map<String, BigDecimal> of2022 = indicatorsOf(2022);

        assertThat(PLAN.expected2022())
                .isNotEmpty()
                .allSatisfy(
                        (code, value) -> assertThat(of2022.get(code)).as(code).isEqualByComparingTo(value));
    }

    /** The 2023 figures as they were before the plan had 2022 achievements: to the fen, not only the seed's. */
    @Test
    void reportingComputesThe2023FiguresTheLauncherWaitsForAndTheyAreUnchanged() {
        Map<String, BigDecimal> of2023 = indicatorsOf(2023);

        assertThat(PLAN.expected2023())
                .hasSize(of2023.size())
                .allSatisfy(
                        (code, value) -> assertThat(of2023.get(code)).as(code).isEqualByComparingTo(value));
        assertThat(PLAN.expected2023())
                .hasEntrySatisfying(
                        "techmarket.contracts.count", v -> assertThat(v).isEqualByComparingTo("1300"))
                .hasEntrySatisfying(
                        "techmarket.contracts.amount", v -> assertThat(v).isEqualByComparingTo("101834419641.48"))
                .hasEntrySatisfying(
                        "techmarket.transactions.amount", v -> assertThat(v).isEqualByComparingTo("82152515630.85"))
                .hasEntrySatisfying(
                        "techmarket.achievements.published", v -> assertThat(v).isEqualByComparingTo("2104"))
                .hasEntrySatisfying(
                        "techmarket.matches.count", v -> assertThat(v).isEqualByComparingTo("142"))
                .hasEntrySatisfying(
                        "techmarket.challenges.awarded", v -> assertThat(v).isEqualByComparingTo("20"))
                .hasEntrySatisfying(
                        "techmarket.challenges.awarded.amount",
                        v -> assertThat(v).isEqualByComparingTo("112303140.11"))
                .hasEntrySatisfying(
                        "techmarket.scenarios.landed", v -> assertThat(v).isEqualByComparingTo("16"))
                .hasEntrySatisfying(
                        "techmarket.programme.projects", v -> assertThat(v).isEqualByComparingTo("300"))
                .hasEntrySatisfying(
                        "techmarket.programme.publicfunding.amount",
                        v -> assertThat(v).isEqualByComparingTo("223000000.00"))
                .hasEntrySatisfying(
                        "techmarket.programme.selfinvestment.amount",
                        v -> assertThat(v).isEqualByComparingTo("1770000000.00"))
                .hasEntrySatisfying(
                        "techmarket.activities.count", v -> assertThat(v).isEqualByComparingTo("82"));
    }

    /** What reporting's calculator answers for the city in {@code year} from the facts the plan posts. */
    private static Map<String, BigDecimal> indicatorsOf(int year) {
        return new TechmarketIndicatorCalculator()
                .measure(year, Optional.empty(), facts()).stream()
                        .map(Measured::indicator)
                        .collect(Collectors.toMap(Indicator::code, Indicator::value));
    }

    /** The values alone are compared here; which event a fact stands on does not change them. */
    private static final SourceEvent SOURCE = new SourceEvent("demo", "demo");

    /** The plan's posts as reporting records them; ids are the items' positions, as the services would give others. */
    private static List<TechmarketFact> facts() {
        List<DemoItem> items = PLAN.items();
        List<String> ids =
                IntStream.range(0, items.size()).mapToObj(i -> "item-" + i).toList();
        List<TechmarketFact> facts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DemoItem item = items.get(i);
            Map<String, Object> b = body(item);
            String id = ids.get(i);
            switch (item.path()) {
                case "/api/techmarket/contracts" ->
                    facts.add(new RegisteredContract(
                            (String) b.get("registrationNo"),
                            (LocalDate) b.get("registeredOn"),
                            (District) b.get("district"),
                            (BigDecimal) b.get("contractAmount"),
                            (BigDecimal) b.get("techTransactionAmount"),
                            false,
                            SOURCE));
                case "/api/techmarket/achievements" ->
                    facts.add(new PublishedAchievement(
                            id, (LocalDate) b.get("publishedOn"), Optional.empty(), Optional.empty(), SOURCE));
                case "/api/techmarket/challenges" -> {
                    for (DemoItem.Move move : item.moves()) {
                        if (move.name().equals("award")) {
                            Map<String, Object> award = moveBody(move);
                            facts.add(new AwardedChallenge(
                                    id,
                                    (LocalDate) award.get("date"),
                                    (BigDecimal) award.get("amount"),
                                    Optional.empty(),
                                    SOURCE));
                        }
                    }
                }
                case "/api/techmarket/scenarios" -> {
                    for (DemoItem.Move move : item.moves()) {
                        Map<String, Object> landing = moveBody(move);
                        facts.add(new LandedScenario(
                                id,
                                (LocalDate) landing.get("date"),
                                (District) landing.get("district"),
                                Optional.empty(),
                                SOURCE));
                    }
                }
                case "/api/techmarket/programme-projects" ->
                    facts.add(new ApprovedProgrammeProject(
                            id,
                            (LocalDate) b.get("approvedOn"),
                            (District) b.get("district"),
                            (BigDecimal) b.get("publicFunding"),
                            (BigDecimal) b.get("selfInvestment"),
                            SOURCE));
                case "/api/techmarket/activities" ->
                    facts.add(new HeldActivity(
                            id,
                            (LocalDate) b.get("heldOn"),
                            Optional.of((District) b.get("district")),
                            Optional.empty(),
                            SOURCE));
                case "/api/techmarket/demands" -> {
                    // a demand is no indicator's fact
                }
                default -> throw new IllegalStateException("unexpected " + item.path());
            }
        }
        List<DemoItem> matches = PLAN.matches(ids);
        for (int i = 0; i < matches.size(); i++) {
            facts.add(new Match(
                    "match-" + i, (LocalDate) body(matches.get(i)).get("matchedOn"), Optional.empty(), SOURCE));
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> moveBody(DemoItem.Move move) {
        return (Map<String, Object>) move.body();
    }

    private static List<Map<String, Object>> contractsOf(int year) {
        return bodies(path("/api/techmarket/contracts")).stream()
                .filter(c -> ((LocalDate) c.get("registeredOn")).getYear() == year)
                .toList();
    }

    private static Predicate<DemoItem> path(String path) {
        return item -> item.path().equals(path);
    }

    private static List<DemoItem> items(Predicate<DemoItem> which) {
        return PLAN.items().stream().filter(which).toList();
    }

    private static List<Map<String, Object>> bodies(Predicate<DemoItem> which) {
        return items(which).stream().map(TechmarketDemoPlanTest::body).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(DemoItem item) {
        return (Map<String, Object>) item.body();
    }

    private static BigDecimal sum(List<Map<String, Object>> bodies, String field) {
        return bodies.stream().map(b -> (BigDecimal) b.get(field)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
