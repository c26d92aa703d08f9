package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The techmarket demo is shaped like the seed's 2023, read from the bodies it posts, not from its own totals. */
class TechmarketDemoPlanTest {

    private static final TechmarketDemoPlan PLAN = TechmarketDemoPlan.generate();
    private static final BigDecimal HUNDRED_BILLION = new BigDecimal("100000000000");

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
        assertThat(bodies(path("/api/techmarket/achievements"))).hasSize(2_104);
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
