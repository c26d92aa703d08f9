package cn.wuhu.sti.talent.events;

import static cn.wuhu.sti.test.service.Callers.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.events.talent.TeamSigned;
import cn.wuhu.sti.events.talent.TeamSourced;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/** What a subscriber of {@code sti.talent.v1} sees after the API's writes: each move once, in order, by aggregate. */
@ServiceTest
class TalentEventPublishingTest {

    @Autowired
    MockMvc mvc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    TopicProbe topic;

    @BeforeEach
    void subscribe() {
        topic = new TopicProbe(bootstrapServers, Topics.TALENT);
    }

    @AfterEach
    void unsubscribe() {
        topic.close();
    }

    @Test
    void aLandedTeamsMovesReachTheTalentTopicInOrderKeyedByTheTeam() throws Exception {
        String team = created("/api/talent/teams", """
                {"name":"氢能团队","leader":"王芳","industry":"ENERGY_STORAGE","district":"JIUJIANG",
                 "originRegion":"德国","sourcedOn":"2023-03-01"}""");
        created("/api/talent/teams/" + team + "/signing", "{\"date\":\"2023-04-01\"}");
        created("/api/talent/teams/" + team + "/landing", "{\"date\":\"2023-05-20\",\"district\":\"WHTZ\"}");

        var records = topic.awaitRecords(team, 3);

        assertThat(records)
                .extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly(type(TeamSourced.class), type(TeamSigned.class), type(TeamLanded.class));
        assertThat(TopicProbe.header(records.get(2), "ce_subject")).isEqualTo(team);
        assertThat(event(records.get(2)))
                .isEqualTo(new TeamLanded(team, LocalDate.of(2023, 5, 20), District.WHTZ, Industry.ENERGY_STORAGE));
    }

    @Test
    void anInvestmentAndAnEnclaveProjectsLandingArePublishedWithTheirFigures() throws Exception {
        String project = created(
                "/api/talent/fund-projects",
                "{\"name\":\"碳化硅功率器件\",\"industry\":\"SEMI_3G\",\"sourcedOn\":\"2023-01-02\"}");
        created("/api/talent/fund-projects/" + project + "/due-diligence", "{\"date\":\"2023-02-01\"}");
        created(
                "/api/talent/fund-projects/" + project + "/investment",
                "{\"date\":\"2023-03-01\",\"amount\":12500000.50}");
        String enclave =
                created("/api/talent/enclaves", "{\"name\":\"芜湖（合肥）飞地\",\"city\":\"合肥\",\"openedOn\":\"2022-01-01\"}");
        String incubated = created(
                "/api/talent/enclaves/" + enclave + "/projects",
                "{\"name\":\"量子传感\",\"industry\":\"AI\",\"incubatedOn\":\"2022-06-01\"}");
        created(
                "/api/talent/enclaves/" + enclave + "/projects/" + incubated + "/landing",
                "{\"date\":\"2023-07-01\",\"district\":\"JIANGBEI\"}");

        var invested = event(topic.awaitRecords(project, 3).get(2));
        var landed = event(topic.awaitRecords(enclave, 3).get(2));

        assertThat(invested)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new FundProjectInvested(
                        project, LocalDate.of(2023, 3, 1), new BigDecimal("12500000.50"), Industry.SEMI_3G));
        assertThat(landed)
                .isEqualTo(new EnclaveProjectLanded(
                        enclave, incubated, LocalDate.of(2023, 7, 1), District.JIANGBEI, Industry.AI));
    }

    private String created(String path, String body) throws Exception {
        String answer = mvc.perform(written("talent", post(path), body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private static String type(Class<? extends cn.wuhu.sti.events.DomainEvent> event) {
        return EventCatalog.of(event).type();
    }

    private static Object event(ConsumerRecord<String, byte[]> record) {
        return EventCodec.fromJson(TopicProbe.header(record, "ce_type"), record.value());
    }
}
