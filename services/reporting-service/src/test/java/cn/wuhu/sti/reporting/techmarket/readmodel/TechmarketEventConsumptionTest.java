package cn.wuhu.sti.reporting.techmarket.readmodel;

import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static cn.wuhu.sti.reporting.support.TechmarketEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.FactsEndpoint;
import cn.wuhu.sti.reporting.fact.FactsEndpoint.Listed;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each test owns its years, so the tests sharing the broker and the store do not see each other's facts. Where a
 * test must know that an ignored event was consumed, it follows it with an achievement published under the same
 * record key: the achievement sits behind it in its partition, so once it counts, the event before it was applied.
 */
@ServiceTest
class TechmarketEventConsumptionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Test
    void aContractRegisteredInJanuaryForADecemberSigningCountsInTheYearOfRegistration() {
        int year = 2087;
        String registrationNo = uniqueRegistrationNo();

        topics.publish(registered(
                registrationNo, (year - 1) + "-12-28", year + "-01-04", District.JIUJIANG, "880000.00", "600000.00"));

        await().atMost(PATIENCE).until(() -> count(Indicators.of(mvc, year), "techmarket.contracts.count") == 1);
        var ofYear = Indicators.of(mvc, year, "JIUJIANG");
        assertThat(ofYear.get("techmarket.contracts.amount")).isEqualTo(new BigDecimal("880000.00"));
        assertThat(ofYear.get("techmarket.transactions.amount")).isEqualTo(new BigDecimal("600000.00"));
        assertThat(count(Indicators.of(mvc, year - 1), "techmarket.contracts.count"))
                .isZero();
        assertThat(count(Indicators.of(mvc, year, "WANZHI"), "techmarket.contracts.count"))
                .isZero();
    }

    @Test
    void manyAmountsWithFenSumExactlyWhereTheirDoubleSumIsWrong() {
        int year = 2088;
        double doubleSum = 0;
        for (int i = 0; i < 30; i++) {
            topics.publish(registered(
                    uniqueRegistrationNo(), year + "-03-01", year + "-03-02", District.WHTZ, "0.10", "0.01"));
            doubleSum += 0.10;
        }

        await().atMost(PATIENCE).until(() -> count(Indicators.of(mvc, year), "techmarket.contracts.count") == 30);
        assertThat(doubleSum).isNotEqualTo(3.0);
        assertThat(Indicators.of(mvc, year).get("techmarket.contracts.amount")).isEqualTo(new BigDecimal("3.00"));
        assertThat(Indicators.of(mvc, year).get("techmarket.transactions.amount"))
                .isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void aCorrectionOfLastYearsContractRestatesLastYearNotThisOne() {
        int year = 2090;
        var lastYears = registered(
                uniqueRegistrationNo(), (year - 1) + "-10-01", (year - 1) + "-11-01", District.WANZHI, "100.00");
        var thisYears = registered(uniqueRegistrationNo(), year + "-01-10", year + "-01-15", District.WANZHI, "7.00");

        topics.publish(
                lastYears,
                thisYears,
                corrected(lastYears, year + "-02-01", (year - 1) + "-11-01", District.WANZHI, "150.50"));

        await().atMost(PATIENCE)
                .until(() -> Indicators.of(mvc, year - 1)
                                .get("techmarket.contracts.amount")
                                .compareTo(new BigDecimal("150.50"))
                        == 0);
        assertThat(count(Indicators.of(mvc, year - 1), "techmarket.contracts.count"))
                .isEqualTo(1);
        assertThat(Indicators.of(mvc, year - 1, "WANZHI").get("techmarket.transactions.amount"))
                .isEqualTo(new BigDecimal("150.50"));
        assertThat(count(Indicators.of(mvc, year), "techmarket.contracts.count"))
                .isEqualTo(1);
        assertThat(Indicators.of(mvc, year).get("techmarket.contracts.amount")).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void aCorrectionOfTheRegistrationDateAndDistrictMovesTheContractOutOfItsOldYearAndDistrict() {
        int year = 2092;
        var registered = registered(
                uniqueRegistrationNo(), (year - 1) + "-12-01", (year - 1) + "-12-31", District.WHTZ, "300.00");

        topics.publish(registered, corrected(registered, year + "-01-05", year + "-01-02", District.JINGHU, "300.00"));

        await().atMost(PATIENCE)
                .until(() -> count(Indicators.of(mvc, year, "JINGHU"), "techmarket.contracts.count") == 1);
        assertThat(count(Indicators.of(mvc, year - 1), "techmarket.contracts.count"))
                .isZero();
        assertThat(count(Indicators.of(mvc, year, "WHTZ"), "techmarket.contracts.count"))
                .isZero();
    }

    @Test
    void aWithdrawnContractNoLongerCountsAndItsRegistrationSentAgainDoesNotBringItBack() {
        int year = 2093;
        var registered =
                registered(uniqueRegistrationNo(), year + "-05-01", year + "-05-02", District.YIJIANG, "999.99");
        CloudEvent registration = TopicPublisher.asCloudEvent(registered);
        var otherContract =
                registered(uniqueRegistrationNo(), year + "-05-01", year + "-05-02", District.YIJIANG, "1.00");

        topics.send(registration);
        topics.publish(otherContract);
        await().atMost(PATIENCE).until(() -> count(Indicators.of(mvc, year), "techmarket.contracts.count") == 2);

        topics.publish(withdrawn(registered, year + "-06-01"));
        topics.send(registration);
        topics.publish(achievementPublished(registered.registrationNo(), year + "-06-02", Optional.empty()));

        await().atMost(PATIENCE).until(() -> count(Indicators.of(mvc, year), "techmarket.achievements.published") == 1);
        var ofYear = Indicators.of(mvc, year);
        assertThat(count(ofYear, "techmarket.contracts.count")).isEqualTo(1);
        assertThat(ofYear.get("techmarket.contracts.amount")).isEqualTo(new BigDecimal("1.00"));
        assertThat(count(Indicators.of(mvc, year, "YIJIANG"), "techmarket.contracts.count"))
                .isEqualTo(1);
    }

    @Test
    void theSameEventsSentAgainCountOnceAndAnOlderCorrectionSentAgainChangesNothing() {
        int year = 2094;
        var registered =
                registered(uniqueRegistrationNo(), year + "-02-01", year + "-02-02", District.NANLING, "100.00");
        CloudEvent registration = TopicPublisher.asCloudEvent(registered);
        var firstCorrection = corrected(registered, year + "-03-01", year + "-02-02", District.NANLING, "200.00");
        CloudEvent first = TopicPublisher.asCloudEvent(firstCorrection);
        String matchId = uniqueId("match");
        CloudEvent match = TopicPublisher.asCloudEvent(
                achievementMatched(matchId, year + "-04-01", Optional.of(District.NANLING)));

        topics.send(registration);
        topics.send(registration);
        topics.send(first);
        topics.publish(corrected(firstCorrection, year + "-03-02", "300.00"));
        topics.send(first);
        topics.send(registration);
        topics.send(match);
        topics.send(match);
        topics.publish(achievementPublished(registered.registrationNo(), year + "-06-02", Optional.empty()));

        await().atMost(PATIENCE).until(() -> count(Indicators.of(mvc, year), "techmarket.achievements.published") == 1);
        var ofYear = Indicators.of(mvc, year);
        assertThat(count(ofYear, "techmarket.contracts.count")).isEqualTo(1);
        assertThat(ofYear.get("techmarket.contracts.amount")).isEqualTo(new BigDecimal("300.00"));
        await().atMost(PATIENCE).until(() -> count(Indicators.of(mvc, year), "techmarket.matches.count") == 1);
        assertThat(count(Indicators.of(mvc, year, "NANLING"), "techmarket.matches.count"))
                .isEqualTo(1);
    }

    @Test
    void eachFactCountsInTheYearOfItsDateAndInTheDistrictItNames() {
        int year = 2095;

        topics.publish(
                achievementPublished(uniqueId("achievement"), year + "-12-31", Optional.of(District.FANCHANG)),
                achievementPublished(uniqueId("achievement"), year + "-01-01", Optional.empty()),
                achievementPublished(uniqueId("achievement"), (year + 1) + "-01-01", Optional.of(District.FANCHANG)),
                challengeAwarded(uniqueId("challenge"), year + "-07-01", "9999999.99"),
                challengeAwarded(uniqueId("challenge"), year + "-08-01", "0.01"),
                scenarioLanded(uniqueId("scenario"), year + "-09-01", District.FANCHANG),
                programmeProjectApproved(
                        uniqueId("project"), year + "-04-01", District.FANCHANG, "800000.10", "6000000.20"),
                programmeProjectApproved(uniqueId("project"), year + "-05-01", District.WUWEI, "0.20", "0.10"),
                activityHeld(uniqueId("activity"), year + "-10-01", Optional.empty()),
                activityHeld(uniqueId("activity"), year + "-11-01", Optional.of(District.FANCHANG)));

        await().atMost(PATIENCE)
                .until(() -> count(Indicators.of(mvc, year), "techmarket.achievements.published") == 2
                        && count(Indicators.of(mvc, year), "techmarket.challenges.awarded") == 2
                        && count(Indicators.of(mvc, year), "techmarket.scenarios.landed") == 1
                        && count(Indicators.of(mvc, year), "techmarket.programme.projects") == 2
                        && count(Indicators.of(mvc, year), "techmarket.activities.count") == 2);
        var city = Indicators.of(mvc, year);
        assertThat(city.get("techmarket.challenges.awarded.amount")).isEqualTo(new BigDecimal("10000000.00"));
        assertThat(city.get("techmarket.programme.publicfunding.amount")).isEqualTo(new BigDecimal("800000.30"));
        assertThat(city.get("techmarket.programme.selfinvestment.amount")).isEqualTo(new BigDecimal("6000000.30"));
        var fanchang = Indicators.of(mvc, year, "FANCHANG");
        assertThat(fanchang)
                .doesNotContainKeys("techmarket.challenges.awarded", "techmarket.challenges.awarded.amount");
        assertThat(count(fanchang, "techmarket.achievements.published")).isEqualTo(1);
        assertThat(count(fanchang, "techmarket.scenarios.landed")).isEqualTo(1);
        assertThat(count(fanchang, "techmarket.programme.projects")).isEqualTo(1);
        assertThat(fanchang.get("techmarket.programme.publicfunding.amount")).isEqualTo(new BigDecimal("800000.10"));
        assertThat(count(fanchang, "techmarket.activities.count")).isEqualTo(1);
    }

    @Test
    void aCorrectedContractIsListedByItsLatestCorrectionWithItsAmountAndTheAmountsAddUp() {
        int year = 2055;
        var registeredFirst =
                registered(uniqueRegistrationNo(), year + "-01-10", year + "-01-15", District.JIUJIANG, "100.00");
        CloudEvent registration = TopicPublisher.asCloudEvent(registeredFirst);
        var firstCorrected = corrected(registeredFirst, year + "-02-01", year + "-01-15", District.JIUJIANG, "150.50");
        CloudEvent firstCorrection = TopicPublisher.asCloudEvent(firstCorrected);
        CloudEvent secondCorrection = TopicPublisher.asCloudEvent(corrected(firstCorrected, year + "-03-01", "200.00"));
        CloudEvent other = TopicPublisher.asCloudEvent(
                registered(uniqueRegistrationNo(), year + "-04-01", year + "-04-02", District.WANZHI, "5.00"));
        CloudEvent aiAchievement = TopicPublisher.asCloudEvent(
                achievementPublished(uniqueId("achievement"), year + "-05-01", Optional.empty(), Industry.AI));
        // under the contract's key, so behind its events in their partition
        CloudEvent roboticsAchievement = TopicPublisher.asCloudEvent(
                achievementPublished(registeredFirst.registrationNo(), year + "-06-01", Optional.empty()));

        topics.send(registration);
        topics.send(firstCorrection);
        topics.send(secondCorrection);
        topics.send(firstCorrection);
        topics.send(registration);
        topics.send(other);
        topics.send(aiAchievement);
        topics.send(roboticsAchievement);

        await().atMost(PATIENCE)
                .until(() -> count(Indicators.of(mvc, year), "techmarket.achievements.published") == 2
                        && count(Indicators.of(mvc, year), "techmarket.contracts.count") == 2);
        assertThat(FactsEndpoint.behind(mvc, "techmarket.contracts.count", year).facts())
                .extracting(Listed::eventId, Listed::type, Listed::subject)
                .containsExactly(
                        tuple(
                                secondCorrection.getId(),
                                "cn.wuhu.sti.techmarket.tech-contract-corrected.v1",
                                registeredFirst.registrationNo()),
                        tuple(other.getId(), "cn.wuhu.sti.techmarket.tech-contract-registered.v1", other.getSubject()));
        var amount = FactsEndpoint.behind(mvc, "techmarket.contracts.amount", year);
        assertThat(amount.facts())
                .extracting(Listed::eventId, Listed::amount)
                .containsExactly(
                        tuple(secondCorrection.getId(), new BigDecimal("200.00")),
                        tuple(other.getId(), new BigDecimal("5.00")));
        assertThat(amount.amountsAddedUp()).isEqualTo(amount.value()).isEqualTo(new BigDecimal("205.00"));
        assertThat(FactsEndpoint.byIndustry(mvc, "techmarket.contracts.amount", year))
                .containsExactly(entry("UNSPECIFIED", new BigDecimal("205.00")));

        var achievements = FactsEndpoint.behind(mvc, "techmarket.achievements.published", year);
        assertThat(achievements.eventIds()).containsExactly(aiAchievement.getId(), roboticsAchievement.getId());
        var achievementsByIndustry = FactsEndpoint.byIndustry(mvc, "techmarket.achievements.published", year);
        assertThat(achievementsByIndustry).containsOnlyKeys("AI", "ROBOTICS");
        assertThat(FactsEndpoint.total(achievementsByIndustry)).isEqualByComparingTo(achievements.value());
    }
}
