package cn.wuhu.sti.reporting.enterprise.readmodel;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.designated;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.recognized;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.registered;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.reportWithoutRd;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.revoked;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.Scopes.READER;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.messaging.CloudEventMapper;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Events go out with known {@code ce_id}s, each twice; the facts behind a value name exactly the events that make
 * it. Each firm's last event is a report of {@code year + 2} lacking R&amp;D: once all of them count, every earlier
 * event of the firm (same key, same partition) is in. Each test owns its years.
 */
@ServiceTest
class EnterpriseFactsConsumptionTest {

    private static final URI SOURCE = URI.create("/sti/enterprise-service");

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Test
    void newHighTechListsTheRecognitionsThatMadeItAndSplitsByRegisteredIndustry() throws Exception {
        int year = 2045;
        String robotics = uniqueUscc();
        String alsoRobotics = uniqueUscc();
        String registeredLater = uniqueUscc();
        String revokedOnItsFirstDay = uniqueUscc();
        var revokedRecognition = recognized(
                revokedOnItsFirstDay, District.JIUJIANG, Tier.HIGH_TECH, year + "-05-01", (year + 3) + "-04-30");

        sendEachTwice(
                withId("registered-" + robotics, registered(robotics, District.JIUJIANG, Industry.ROBOTICS)),
                withId(
                        "hightech-" + robotics,
                        recognized(
                                robotics, District.JIUJIANG, Tier.HIGH_TECH, year + "-03-01", (year + 3) + "-02-28")),
                withId("sentinel-" + robotics, sentinel(robotics, District.JIUJIANG, year)));
        sendEachTwice(
                withId("registered-" + alsoRobotics, registered(alsoRobotics, District.YIJIANG, Industry.ROBOTICS)),
                withId(
                        "hightech-" + alsoRobotics,
                        recognized(
                                alsoRobotics,
                                District.YIJIANG,
                                Tier.HIGH_TECH,
                                year + "-06-01",
                                (year + 3) + "-05-31")),
                withId("sentinel-" + alsoRobotics, sentinel(alsoRobotics, District.YIJIANG, year)));
        sendEachTwice(
                withId(
                        "hightech-" + registeredLater,
                        recognized(
                                registeredLater,
                                District.JIUJIANG,
                                Tier.HIGH_TECH,
                                year + "-07-01",
                                (year + 3) + "-06-30")),
                withId(
                        "registered-" + registeredLater,
                        registered(registeredLater, District.JIUJIANG, Industry.NEV_ICV)),
                withId("sentinel-" + registeredLater, sentinel(registeredLater, District.JIUJIANG, year)));
        sendEachTwice(
                withId(
                        "registered-" + revokedOnItsFirstDay,
                        registered(revokedOnItsFirstDay, District.JIUJIANG, Industry.ROBOTICS)),
                withId("hightech-" + revokedOnItsFirstDay, revokedRecognition),
                withId("revoked-" + revokedOnItsFirstDay, revoked(revokedRecognition, year + "-05-01")),
                withId("sentinel-" + revokedOnItsFirstDay, sentinel(revokedOnItsFirstDay, District.JIUJIANG, year)));
        awaitSentinels(year, 4);

        facts("enterprise.hightech.new", year)
                .andExpect(jsonPath("$.value").value(3))
                .andExpect(jsonPath(
                        "$.facts[*].eventId",
                        containsInAnyOrder(
                                "hightech-" + robotics, "hightech-" + alsoRobotics, "hightech-" + registeredLater)))
                .andExpect(jsonPath("$.facts[*].subject", containsInAnyOrder(robotics, alsoRobotics, registeredLater)))
                .andExpect(jsonPath("$.facts[*].type", everyItem(is("cn.wuhu.sti.enterprise.recognized.v1"))))
                .andExpect(
                        jsonPath("$.facts[?(@.subject == '" + registeredLater + "')].industry", contains("NEV_ICV")));
        facts("enterprise.revoked", year)
                .andExpect(jsonPath("$.facts[*].eventId", contains("revoked-" + revokedOnItsFirstDay)));
        mvc.perform(get("/api/reports/indicators/enterprise.hightech.new")
                        .param("year", "" + year)
                        .param("by", "industry")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].key", contains("ROBOTICS", "NEV_ICV")))
                .andExpect(jsonPath("$.rows[*].value", contains(2, 1)));
    }

    @Test
    void aReportIsNamedByItsKeptRevisionAndADesignationByTheEventThatRecordedItFirst() throws Exception {
        int year = 2053;
        String firm = uniqueUscc();

        sendEachTwice(
                withId("report-r2-" + firm, reportWithoutRd(firm, District.NANLING, year, 2, "100000000")),
                withId("report-r1-" + firm, reportWithoutRd(firm, District.NANLING, year, 1, "100000000")),
                withId(
                        "designated-" + firm,
                        designated(firm, District.NANLING, Designation.LEADER_MUNICIPAL, year + "-01-01")),
                withId(
                        "designated-again-" + firm,
                        designated(firm, District.NANLING, Designation.LEADER_MUNICIPAL, year + "-01-01")),
                withId("sentinel-" + firm, sentinel(firm, District.NANLING, year)));
        awaitSentinels(year, 1);

        facts("enterprise.rdzero.noactivity.remaining", year)
                .andExpect(jsonPath("$.facts[*].eventId", contains("report-r2-" + firm)))
                .andExpect(jsonPath("$.facts[*].businessDate", contains(year + "-12-31")));
        facts("enterprise.leaders.municipal.total", year)
                .andExpect(jsonPath("$.facts[*].eventId", contains("designated-" + firm)))
                .andExpect(jsonPath("$.facts[*].type", contains("cn.wuhu.sti.enterprise.designated.v1")));
    }

    private static CloudEvent withId(String ceId, DomainEvent event) {
        return CloudEventMapper.toCloudEvent(event, ceId, SOURCE, OffsetDateTime.now());
    }

    private static void sendEachTwice(CloudEvent... events) {
        for (CloudEvent event : events) {
            publisher.send(event);
            publisher.send(event);
        }
    }

    private static DomainEvent sentinel(String uscc, District district, int year) {
        return reportWithoutRd(uscc, district, year + 2, 1, "100000000");
    }

    private void awaitSentinels(int year, long firms) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year + 2), "enterprise.rdzero.noactivity.remaining") == firms);
    }

    private ResultActions facts(String code, int year) throws Exception {
        return mvc.perform(get("/api/reports/indicators/" + code + "/facts")
                        .param("year", "" + year)
                        .with(READER))
                .andExpect(status().isOk());
    }
}
