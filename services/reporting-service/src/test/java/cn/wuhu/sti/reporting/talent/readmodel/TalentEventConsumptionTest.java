package cn.wuhu.sti.reporting.talent.readmodel;

import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.TalentEvents.enclaveProjectLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.fundProjectInvested;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamIncorporated;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each test owns a year and the one after it, so the tests sharing the broker and the store do not see each other's facts. */
@ServiceTest
class TalentEventConsumptionTest {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Test
    void aTeamLandedInADistrictCountsInThatDistrictAndInTheCity() {
        int year = 2071;
        String teamId = uniqueId("team");

        publisher.publish(teamLanded(teamId, year + "-12-31", District.JIUJIANG));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(Indicators.of(mvc, year), "talent.teams.landed") == 1);
        assertThat(count(Indicators.of(mvc, year, "JIUJIANG"), "talent.teams.landed"))
                .isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year, "WANZHI"), "talent.teams.landed"))
                .isZero();
        assertThat(count(Indicators.of(mvc, year + 1), "talent.teams.landed")).isZero();
    }

    @Test
    void theSameCloudEventDeliveredTwiceCountsOnce() {
        int year = 2073;
        String teamId = uniqueId("team");
        CloudEvent landing = TopicPublisher.asCloudEvent(teamLanded(teamId, year + "-03-01", District.WHTZ));

        publisher.send(landing);
        publisher.send(landing);
        // a later event with the same key follows both copies in the partition: once it is in, so are they
        publisher.publish(teamIncorporated(teamId, year + "-09-01", District.WHTZ));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "talent.teams.incorporated") == 1);
        assertThat(count(Indicators.of(mvc, year), "talent.teams.landed")).isEqualTo(1);
    }

    @Test
    void theSameLandingRepublishedUnderANewIdCountsOnce() {
        int year = 2075;
        String teamId = uniqueId("team");
        var landing = teamLanded(teamId, year + "-05-20", District.YIJIANG);

        publisher.publish(landing, landing, teamIncorporated(teamId, year + "-06-01", District.YIJIANG));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year, "YIJIANG"), "talent.teams.incorporated") == 1);
        assertThat(count(Indicators.of(mvc, year, "YIJIANG"), "talent.teams.landed"))
                .isEqualTo(1);
    }

    @Test
    void fundInvestmentsOfTheYearAreCountedAndSummedExactlyForTheCityOnly() {
        int year = 2077;
        String first = uniqueId("fund-project");
        String second = uniqueId("fund-project");
        CloudEvent secondInvestment = TopicPublisher.asCloudEvent(fundProjectInvested(second, year + "-12-31", "0.11"));

        publisher.publish(fundProjectInvested(first, year + "-01-01", "12345678.90"));
        publisher.send(secondInvestment);
        publisher.send(secondInvestment);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "talent.fund.invested.count") == 2);
        assertThat(Indicators.of(mvc, year).get("talent.fund.invested.amount"))
                .isEqualTo(new BigDecimal("12345679.01"));
        assertThat(Indicators.of(mvc, year, "JINGHU"))
                .doesNotContainKeys("talent.fund.invested.count", "talent.fund.invested.amount")
                .containsKey("talent.teams.landed");
    }

    @Test
    void anEnclaveProjectCountsInTheDistrictItLandedIn() {
        int year = 2079;
        String enclaveId = uniqueId("enclave");

        publisher.publish(
                enclaveProjectLanded(enclaveId, uniqueId("enclave-project"), year + "-02-01", District.JIANGBEI),
                enclaveProjectLanded(enclaveId, uniqueId("enclave-project"), year + "-07-01", District.WETDZ));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "talent.enclave.projects.landed") == 2);
        assertThat(count(Indicators.of(mvc, year, "JIANGBEI"), "talent.enclave.projects.landed"))
                .isEqualTo(1);
        assertThat(count(Indicators.of(mvc, year, "JINGHU"), "talent.enclave.projects.landed"))
                .isZero();
    }

    @Test
    void eachValueListsTheEventsItCountsAndSplitsByTheirIndustryIntoTheCityValue() {
        int year = 2053;
        String teamId = uniqueId("team");
        String aiTeamId = uniqueId("team");
        CloudEvent robotics =
                TopicPublisher.asCloudEvent(teamLanded(teamId, year + "-03-01", District.JINGHU, Industry.ROBOTICS));
        CloudEvent ai = TopicPublisher.asCloudEvent(teamLanded(aiTeamId, year + "-11-30", District.WUWEI, Industry.AI));
        CloudEvent large = TopicPublisher.asCloudEvent(
                fundProjectInvested(uniqueId("fund-project"), year + "-02-01", "12345678.90", Industry.ROBOTICS));
        CloudEvent small = TopicPublisher.asCloudEvent(
                fundProjectInvested(uniqueId("fund-project"), year + "-12-31", "0.11", Industry.AI));

        publisher.send(robotics);
        publisher.send(robotics);
        publisher.send(ai);
        publisher.send(large);
        publisher.send(small);
        publisher.publish(teamLanded(uniqueId("team"), (year + 1) + "-01-01", District.JINGHU));
        // behind both copies of the landing in its partition
        publisher.publish(teamIncorporated(teamId, year + "-06-01", District.JINGHU));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "talent.teams.incorporated") == 1
                        && count(Indicators.of(mvc, year), "talent.teams.landed") == 2
                        && count(Indicators.of(mvc, year), "talent.fund.invested.count") == 2);
        var landed = FactsEndpoint.behind(mvc, "talent.teams.landed", year);
        assertThat(landed.facts())
                .extracting(Listed::eventId, Listed::type, Listed::subject, Listed::district, Listed::industry)
                .containsExactly(
                        tuple(robotics.getId(), robotics.getType(), teamId, "JINGHU", "ROBOTICS"),
                        tuple(ai.getId(), ai.getType(), aiTeamId, "WUWEI", "AI"));
        assertThat(FactsEndpoint.behind(mvc, "talent.teams.landed", year, "WUWEI")
                        .eventIds())
                .containsExactly(ai.getId());
        var landedByIndustry = FactsEndpoint.byIndustry(mvc, "talent.teams.landed", year);
        assertThat(landedByIndustry).containsOnlyKeys("ROBOTICS", "AI");
        assertThat(FactsEndpoint.total(landedByIndustry)).isEqualByComparingTo(landed.value());

        var invested = FactsEndpoint.behind(mvc, "talent.fund.invested.amount", year);
        assertThat(invested.facts())
                .extracting(Listed::eventId, Listed::amount)
                .containsExactly(
                        tuple(large.getId(), new BigDecimal("12345678.90")),
                        tuple(small.getId(), new BigDecimal("0.11")));
        assertThat(invested.amountsAddedUp()).isEqualTo(invested.value()).isEqualTo(new BigDecimal("12345679.01"));
        var investedByIndustry = FactsEndpoint.byIndustry(mvc, "talent.fund.invested.amount", year);
        assertThat(investedByIndustry)
                .containsEntry("ROBOTICS", new BigDecimal("12345678.90"))
                .containsEntry("AI", new BigDecimal("0.11"))
                .hasSize(2);
        assertThat(FactsEndpoint.total(investedByIndustry)).isEqualTo(invested.value());
    }
}
