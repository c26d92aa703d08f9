package cn.wuhu.sti.reporting.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.messaging.consumer.ListenerContainersHealthIndicator;
import cn.wuhu.sti.test.service.ServiceTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How far behind its topics reporting is, for anyone who asks: {@code /actuator/health/lag}, without a token; and
 * whether its listeners still consume, in the liveness probe.
 */
@ServiceTest
class TopicLagHealthTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Autowired
    ListenerContainersHealthIndicator kafkaListenersHealthIndicator;

    /** The liveness probe counts a listener container that stopped by itself; here every one of them runs. */
    @Test
    @SuppressWarnings("unchecked")
    void livenessIncludesTheListenerContainersAndEachOfReportingsListenersRuns() throws Exception {
        assertThat(healthGroups.get("liveness").isMember("kafkaListeners")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("kafkaListeners")).isFalse();
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

        var health = kafkaListenersHealthIndicator.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((Map<String, String>) health.getDetails().get("containers"))
                .containsEntry("reporting-enterprise", "running")
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy((listener, state) -> assertThat(state).isEqualTo("running"));
    }

    @Test
    void theLagHealthNamesEveryTopicReportingReadsAndTheTotal() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/actuator/health/lag"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("UP"))
                        .andExpect(jsonPath("$.components.topicLag.details.topics['" + Topics.TALENT + "']")
                                .value(greaterThanOrEqualTo(0)))
                        .andExpect(jsonPath("$.components.topicLag.details.topics['" + Topics.ENTERPRISE + "']")
                                .value(greaterThanOrEqualTo(0)))
                        .andExpect(jsonPath("$.components.topicLag.details.topics['" + Topics.TECHMARKET + "']")
                                .value(greaterThanOrEqualTo(0)))
                        .andExpect(jsonPath("$.components.topicLag.details.topics['" + Topics.PARKS + "']")
                                .value(greaterThanOrEqualTo(0)))
                        .andExpect(jsonPath("$.components.topicLag.details.topics['" + Topics.STATISTICS + "']")
                                .value(greaterThanOrEqualTo(0)))
                        .andExpect(
                                jsonPath("$.components.topicLag.details.total").value(greaterThanOrEqualTo(0))));
    }
}
