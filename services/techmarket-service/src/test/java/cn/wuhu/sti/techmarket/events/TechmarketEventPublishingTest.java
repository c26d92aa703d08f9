package cn.wuhu.sti.techmarket.events;

import static cn.wuhu.sti.test.service.Callers.written;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.techmarket.AchievementMatched;
import cn.wuhu.sti.events.techmarket.AchievementPublished;
import cn.wuhu.sti.events.techmarket.ChallengeAwarded;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengePublished;
import cn.wuhu.sti.events.techmarket.DemandPublished;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import cn.wuhu.sti.events.techmarket.TechContractWithdrawn;
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

/** What a subscriber of {@code sti.techmarket.v1} sees after the API's writes: each change once, keyed by aggregate. */
@ServiceTest
class TechmarketEventPublishingTest {

    @Autowired
    MockMvc mvc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    TopicProbe topic;

    @BeforeEach
    void subscribe() {
        topic = new TopicProbe(bootstrapServers, Topics.TECHMARKET);
    }

    @AfterEach
    void unsubscribe() {
        topic.close();
    }

    @Test
    void aRegisteredThenWithdrawnContractReachesTheTopicKeyedByItsRegistrationNumber() throws Exception {
        String no = "2023" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        created("/api/techmarket/contracts", """
                {"registrationNo":"%s","kind":"LICENSING","seller":{"name":"中国科学技术大学"},
                 "buyer":{"uscc":"%s","name":"芜湖某新材料有限公司"},"contractAmount":3000000.10,
                 "techTransactionAmount":2999999.99,"signedOn":"2023-01-05","registeredOn":"2023-01-20",
                 "district":"YIJIANG"}""".formatted(no, freshUscc()));
        created("/api/techmarket/contracts/" + no + "/withdrawal", "{\"date\":\"2023-02-01\",\"reason\":\"重复登记\"}");

        var records = topic.awaitRecords(no, 2);

        assertThat(records)
                .extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly(type(TechContractRegistered.class), type(TechContractWithdrawn.class));
        assertThat(TopicProbe.header(records.get(0), "ce_subject")).isEqualTo(no);
        var registered = (TechContractRegistered) event(records.get(0));
        assertThat(registered.contractAmount()).isEqualByComparingTo(new BigDecimal("3000000.10"));
        assertThat(registered.techTransactionAmount()).isEqualByComparingTo(new BigDecimal("2999999.99"));
    }

    @Test
    void anAchievementADemandTheirMatchAndAnAwardedChallengeArePublished() throws Exception {
        String achievement = created(
                "/api/techmarket/achievements",
                "{\"title\":\"智能农机导航\",\"owner\":\"安徽师范大学\",\"industry\":\"AGRI_MACHINERY\",\"publishedOn\":\"2023-02-01\"}");
        String demand = created(
                "/api/techmarket/demands",
                "{\"title\":\"拖拉机自动驾驶需求\",\"enterpriseUscc\":\"%s\",\"industry\":\"AGRI_MACHINERY\",\"publishedOn\":\"2023-02-02\"}"
                        .formatted(freshUscc()));
        String match = created(
                "/api/techmarket/matches",
                "{\"achievementId\":\"%s\",\"demandId\":\"%s\",\"matchedOn\":\"2023-03-01\"}"
                        .formatted(achievement, demand));
        String challenge = created(
                "/api/techmarket/challenges",
                "{\"title\":\"高端轴承钢\",\"category\":\"KEY_CORE_TECH\",\"industry\":\"NEW_MATERIALS\",\"publishedOn\":\"2023-02-01\"}");
        String winner = freshUscc();
        created(
                "/api/techmarket/challenges/" + challenge + "/award",
                "{\"winner\":{\"uscc\":\"%s\",\"name\":\"芜湖某钢铁公司\"},\"amount\":9999999.99,\"date\":\"2023-06-01\"}"
                        .formatted(winner));

        assertThat(TopicProbe.header(topic.awaitRecord(achievement), "ce_type"))
                .isEqualTo(type(AchievementPublished.class));
        assertThat(TopicProbe.header(topic.awaitRecord(demand), "ce_type")).isEqualTo(type(DemandPublished.class));
        assertThat(event(topic.awaitRecord(match)))
                .isEqualTo(new AchievementMatched(
                        match, achievement, demand, LocalDate.of(2023, 3, 1), java.util.Optional.empty()));
        var challengeRecords = topic.awaitRecords(challenge, 2);
        assertThat(challengeRecords)
                .extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly(type(ChallengePublished.class), type(ChallengeAwarded.class));
        assertThat(event(challengeRecords.get(1)))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new ChallengeAwarded(
                        challenge,
                        winner,
                        "芜湖某钢铁公司",
                        new BigDecimal("9999999.99"),
                        LocalDate.of(2023, 6, 1),
                        ChallengeCategory.KEY_CORE_TECH,
                        Industry.NEW_MATERIALS));
    }

    private String created(String path, String body) throws Exception {
        String answer = mvc.perform(written("techmarket", post(path), body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private static String type(Class<? extends DomainEvent> event) {
        return EventCatalog.of(event).type();
    }

    private static Object event(ConsumerRecord<String, byte[]> record) {
        return EventCodec.fromJson(TopicProbe.header(record, "ce_type"), record.value());
    }
}
