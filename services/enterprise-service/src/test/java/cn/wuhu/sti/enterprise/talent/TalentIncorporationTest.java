package cn.wuhu.sti.enterprise.talent;

import static cn.wuhu.sti.enterprise.web.EnterpriseApi.reader;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.registration;
import static cn.wuhu.sti.enterprise.web.EnterpriseApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.messaging.outbox.OutboxRelay;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Talent → enterprise: a team's incorporation on {@code sti.talent.v1} puts its company on the ladder. */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class TalentIncorporationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @RegisterExtension
    static final TopicPublisher talent = TopicPublisher.onTheSharedBroker();

    @Test
    void anIncorporatedTeamsCompanyIsRegisteredInItsLandingDistrictWithItsOrigin() throws Exception {
        String teamId = unknownId();
        String uscc = freshUscc();

        talent.publish(incorporation(teamId, uscc, District.WANZHI));

        awaitFirm(uscc);
        mvc.perform(get("/api/enterprises/{uscc}", uscc).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.district").value("WANZHI"))
                .andExpect(jsonPath("$.industry").value("ROBOTICS"))
                .andExpect(jsonPath("$.name").value("芜湖团队孵化科技有限公司"))
                .andExpect(jsonPath("$.registeredOn").value("2023-12-20"))
                .andExpect(jsonPath("$.origin.kind").value("TALENT_TEAM"))
                .andExpect(jsonPath("$.origin.teamId").value(teamId));
    }

    @Test
    void theFirmsEventCarriesTheTraceOfTheIncorporationThatCausedIt() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String uscc = freshUscc();
        var cloudEvent = TopicPublisher.asCloudEvent(incorporation(unknownId(), uscc, District.JINGHU));

        talent.sendUnder(
                Topics.TALENT,
                cloudEvent.getSubject(),
                cloudEvent,
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        awaitFirm(uscc);
        assertThat(mongo.findById(uscc, Document.class, "enterprises").getList("outbox", Document.class))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getString("traceparent")).startsWith("00-" + traceId + "-"));
    }

    @Test
    void theSameIncorporationDeliveredTwiceChangesNothingTheSecondTime() {
        String teamId = unknownId();
        String uscc = freshUscc();
        var cloudEvent = TopicPublisher.asCloudEvent(incorporation(teamId, uscc, District.JIUJIANG));

        long pendingBefore = relay.pendingCount();
        talent.send(cloudEvent);
        awaitFirm(uscc);
        Document afterFirst = stored(uscc);
        assertThat(relay.pendingCount()).isEqualTo(pendingBefore + 1);

        talent.send(cloudEvent);
        // Same key, same partition: once this later record shows, the re-sent one before it has been handled.
        String marker = freshUscc();
        talent.publish(incorporation(teamId, marker, District.JIUJIANG));
        awaitFirm(marker);

        assertThat(stored(uscc)).isEqualTo(afterFirst);
        assertThat(relay.pendingCount()).isEqualTo(pendingBefore + 2);
    }

    @Test
    void aFirmTheRegisterAlreadyKnowsGainsItsOriginAndKeepsEverythingElse() throws Exception {
        String uscc = freshUscc();
        mvc.perform(write(post("/api/enterprises"), registration(uscc, "JINGHU")))
                .andExpect(status().isCreated());
        long pendingBefore = relay.pendingCount();
        String teamId = unknownId();

        talent.publish(incorporation(teamId, uscc, District.WANZHI));

        await().atMost(PATIENCE).until(() -> stored(uscc).get("origin") != null);
        mvc.perform(get("/api/enterprises/{uscc}", uscc).with(reader()))
                .andExpect(jsonPath("$.district").value("JINGHU"))
                .andExpect(jsonPath("$.industry").value("NEV_ICV"))
                .andExpect(jsonPath("$.registeredOn").value("2019-04-01"))
                .andExpect(jsonPath("$.origin.teamId").value(teamId));
        assertThat(relay.pendingCount())
                .as("the firm was registered before: no second registration event")
                .isEqualTo(pendingBefore);
    }

    @Test
    void aForeignRecordOnTheTalentTopicGoesToItsDeadLetterTopicAndTheNextIsProcessed() {
        String teamId = unknownId();
        String uscc = freshUscc();
        try (var deadLetters = new TopicProbe(bootstrapServers, Topics.deadLetterOf(Topics.TALENT))) {
            talent.sendRaw(Topics.TALENT, teamId, "{\"team\":\"?\"}".getBytes(StandardCharsets.UTF_8), Map.of());
            talent.publish(incorporation(teamId, uscc, District.NANLING));

            var deadLetter = deadLetters.awaitRecord(teamId);
            assertThat(TopicProbe.header(deadLetter, "kafka_dlt-original-topic"))
                    .isEqualTo(Topics.TALENT);
            assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-message"))
                    .isNotBlank();
            awaitFirm(uscc);
        }
    }

    @Test
    void aTalentEventOfATypeThisServiceDoesNotKnowIsPassedOverNotDeadLettered() {
        String teamId = unknownId();
        String uscc = freshUscc();
        try (var deadLetters = new TopicProbe(bootstrapServers, Topics.deadLetterOf(Topics.TALENT))) {
            talent.sendRaw(
                    Topics.TALENT,
                    teamId,
                    "{\"teamId\":\"%s\",\"name\":\"新名字\"}".formatted(teamId).getBytes(StandardCharsets.UTF_8),
                    Map.of(
                            "ce_specversion", "1.0",
                            "ce_id", unknownId(),
                            "ce_source", "/sti/talent-service",
                            "ce_type", "cn.wuhu.sti.talent.team-renamed.v2",
                            "ce_subject", teamId,
                            "content-type", "application/json"));
            // Same key, same partition: once this later record shows, the one before it has been handled.
            talent.publish(incorporation(teamId, uscc, District.YIJIANG));
            awaitFirm(uscc);

            assertThat(deadLetters.readToEnd(teamId)).isEmpty();
        }
    }

    private static TeamIncorporated incorporation(String teamId, String uscc, District landedIn) {
        return new TeamIncorporated(
                teamId, LocalDate.of(2023, 12, 20), uscc, "芜湖团队孵化科技有限公司", landedIn, Industry.ROBOTICS);
    }

    private void awaitFirm(String uscc) {
        await().atMost(PATIENCE).until(() -> mongo.findById(uscc, Document.class, "enterprises") != null);
    }

    private Document stored(String uscc) {
        Document firm = mongo.findById(uscc, Document.class, "enterprises");
        firm.remove("outbox");
        return firm;
    }
}
