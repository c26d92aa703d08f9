package cn.wuhu.sti.reporting.observability;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.test.service.ServiceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** How far behind its topics reporting is, for anyone who asks: {@code /actuator/health/lag}, without a token. */
@ServiceTest
class TopicLagHealthTest {

    @Autowired
    MockMvc mvc;

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
