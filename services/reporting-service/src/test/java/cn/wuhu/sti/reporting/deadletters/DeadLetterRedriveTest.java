package cn.wuhu.sti.reporting.deadletters;

import static cn.wuhu.sti.reporting.support.Scopes.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.subscriber.Delivery;
import cn.wuhu.sti.subscriber.OnEvent;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TestData;
import cn.wuhu.sti.test.service.TopicPublisher;
import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department's subscriber rejects a valid event through a bug and parks it on its dead-letter topic; the bureau
 * sees it there with its reason and origin, the bug is fixed, the bureau redrives it — twice, by mistake — and the
 * department's effect happens once.
 */
@ServiceTest(
        properties = {
            "sti.subscriber.group=" + DeadLetterRedriveTest.GROUP,
            "sti.subscriber.retry-attempts=1",
            "sti.subscriber.retry-interval=100ms",
            // Reporting's own listeners each hold every partition of their topic in their group; a second
            // instance of them in this context would take partitions from the shared context's.
            "spring.kafka.listener.auto-startup=false"
        })
@Import(DeadLetterRedriveTest.BuggyDepartment.class)
@DirtiesContext
class DeadLetterRedriveTest {

    static final String GROUP = "reporting-redrive-test";
    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.ENTERPRISE, GROUP);

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Autowired
    MockMvc mvc;

    @Autowired
    BuggyDepartment department;

    @Autowired
    MeterRegistry meters;

    @TestConfiguration
    static class BuggyDepartment {

        final Set<String> buggyFor = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> subsidiesPaid = new ConcurrentHashMap<>();

        @OnEvent
        void on(EnterpriseRecognized recognition, Delivery delivery) {
            if (buggyFor.contains(recognition.uscc())) {
                throw new IllegalStateException("bug: no subsidy rate for " + recognition.district());
            }
            subsidiesPaid.merge(recognition.uscc(), 1, Integer::sum);
        }
    }

    @Test
    void anEventRejectedThroughABugIsRedrivenAfterTheFixAndCountedOnce() throws Exception {
        String uscc = TestData.freshUscc();
        department.buggyFor.add(uscc);
        CloudEvent recognized = TopicPublisher.asCloudEvent(recognition(uscc));
        topics.send(recognized);

        String listed = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get("/api/reports/admin/dead-letters/" + DEAD_LETTERS)
                                        .with(ADMIN))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        body -> body.contains(recognized.getId()));
        List<Map<String, Object>> parked =
                JsonPath.read(listed, "$.deadLetters[?(@.eventId == '%s')]".formatted(recognized.getId()));
        assertThat(parked).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.get("reason").toString()).contains("bug: no subsidy rate for WUWEI");
            assertThat(deadLetter).containsEntry("originalTopic", Topics.ENTERPRISE);
            assertThat(deadLetter).containsEntry("consumerGroup", GROUP);
            assertThat(deadLetter).containsEntry("type", "cn.wuhu.sti.enterprise.recognized.v1");
            assertThat(deadLetter.get("originalOffset")).isNotNull();
        });
        assertThat(department.subsidiesPaid).doesNotContainKey(uscc);

        department.buggyFor.remove(uscc);
        String redrive =
                """
                {"records":[{"partition":%s,"offset":%s}]}""".formatted(parked.get(0).get("partition"), parked.get(0).get("offset"));
        double duplicatesBefore = duplicates();
        for (int time = 0; time < 2; time++) {
            mvc.perform(post("/api/reports/admin/dead-letters/" + DEAD_LETTERS + "/redrive")
                            .with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(redrive))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.redriven[0].eventId").value(recognized.getId()));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        assertThat(department.subsidiesPaid).containsEntry(uscc, 1);
    }

    @Test
    void aTopicThatIsNoDeadLetterTopicIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/reports/admin/dead-letters/" + Topics.ENTERPRISE).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topic"));
    }

    @Test
    void aRedriveNamingNothingIsA400NamingRecords() throws Exception {
        mvc.perform(post("/api/reports/admin/dead-letters/" + DEAD_LETTERS + "/redrive")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("records"));
    }

    @Test
    void anUnknownDeadLetterTopicIsA404() throws Exception {
        mvc.perform(get("/api/reports/admin/dead-letters/sti.nothing.v1.dlt").with(ADMIN))
                .andExpect(status().isNotFound());
    }

    private double duplicates() {
        var counter = meters.find("sti.subscriber.deliveries")
                .tag("outcome", "duplicate")
                .tag("type", "cn.wuhu.sti.enterprise.recognized.v1")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static EnterpriseRecognized recognition(String uscc) {
        return new EnterpriseRecognized(
                uscc,
                District.WUWEI,
                Tier.HIGH_TECH,
                "GR2023" + uscc.substring(8, 16),
                LocalDate.of(2023, 11, 3),
                LocalDate.of(2026, 11, 2),
                false);
    }
}
