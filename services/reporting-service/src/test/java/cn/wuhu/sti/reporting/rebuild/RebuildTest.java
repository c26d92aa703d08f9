package cn.wuhu.sti.reporting.rebuild;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.recognized;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.registered;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.report;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.reportWithoutRd;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.Indicators.count;
import static cn.wuhu.sti.reporting.support.TalentEvents.enclaveProjectLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.fundProjectInvested;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamIncorporated;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class RebuildTest {

    @Autowired
    MockMvc mvc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void rebuildDropsTheReadModelsAndReplaysTheTopicsToIdenticalIndicators() throws Exception {
        int year = 2051;
        String renewed = uniqueUscc();
        String superseded = uniqueUscc();
        String incorporated = uniqueId("team");
        String landedTwice = uniqueId("team");
        String enclave = uniqueId("enclave");
        try (var publisher = new TopicPublisher(bootstrapServers)) {
            publisher.publish(
                    registered(renewed, District.WHTZ),
                    recognized(renewed, District.WHTZ, Tier.HIGH_TECH, (year - 3) + "-06-01", (year) + "-05-31"),
                    recognized(renewed, District.WHTZ, Tier.HIGH_TECH, year + "-06-01", (year + 3) + "-05-31"),
                    highTechWithinYear(superseded, District.WHTZ, year),
                    recognized(superseded, District.WHTZ, Tier.LITTLE_GIANT, year + "-01-01", year + "-12-31"),
                    reportWithoutRd(superseded, District.WHTZ, year, 1, "700000000"),
                    report(superseded, District.WHTZ, year, 2, "700000000", true, false),
                    teamLanded(incorporated, (year - 1) + "-12-31", District.WHTZ),
                    teamIncorporated(incorporated, year + "-01-01", District.WHTZ),
                    teamLanded(landedTwice, year + "-04-01", District.WHTZ),
                    teamLanded(landedTwice, year + "-04-01", District.WHTZ),
                    fundProjectInvested(uniqueId("fund-project"), year + "-06-30", "2500000.50"),
                    enclaveProjectLanded(enclave, uniqueId("enclave-project"), year + "-11-11", District.WHTZ));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(Indicators.of(mvc, year), "enterprise.littlegiant.total") == 1
                        && count(Indicators.of(mvc, year), "enterprise.hightech.total") == 2
                        && count(Indicators.of(mvc, year), "enterprise.rdzero.noinstitution.remaining") == 1
                        && count(Indicators.of(mvc, year), "talent.teams.incorporated") == 1
                        && count(Indicators.of(mvc, year), "talent.fund.invested.count") == 1
                        && count(Indicators.of(mvc, year), "talent.enclave.projects.landed") == 1);
        var before = Indicators.of(mvc, year);
        var districtBefore = Indicators.of(mvc, year, "WHTZ");
        assertThat(count(before, "enterprise.hightech.new")).isEqualTo(1);
        assertThat(count(before, "enterprise.rdzero.noactivity.remaining")).isZero();
        assertThat(count(before, "talent.teams.landed")).isEqualTo(1);
        assertThat(before.get("talent.fund.invested.amount")).isEqualTo(new BigDecimal("2500000.50"));

        var response = mvc.perform(post("/api/reports/admin/rebuild")
                        .with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_reports:admin"))))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse();

        JsonNode started = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(started.at("/dropped/firms").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(started.at("/dropped/talent_facts").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(started.get("replaying").values())
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(Topics.ENTERPRISE, Topics.TALENT);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Indicators.of(mvc, year)).isEqualTo(before);
            assertThat(Indicators.of(mvc, year, "WHTZ")).isEqualTo(districtBefore);
        });
    }
}
