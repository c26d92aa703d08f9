package cn.wuhu.sti.reporting.subscriptions;

import static cn.wuhu.sti.reporting.support.Scopes.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.test.SharedInfrastructure;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TestData;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bureau registers department subscriptions and sees, for each, how far its consumer group is behind on its
 * topics — from the real broker's offsets — and whether that is within the lag the department accepts.
 */
@ServiceTest
class SubscriptionRegistryTest {

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void aGroupThreeRecordsBehindWithinAnSlaOfTwoIsReportedAsBreakingIt() throws Exception {
        String group = "finance-" + UUID.randomUUID();
        commitThreeRecordsShortOfTheEnd(group);

        mvc.perform(post("/api/reports/admin/subscriptions")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(group, "[\"sti.enterprise.v1\"]", 2)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/reports/admin/subscriptions/" + group))
                .andExpect(jsonPath("$.consumerGroup").value(group));

        mvc.perform(get("/api/reports/admin/subscriptions/" + group).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.department").value("财政局"))
                .andExpect(jsonPath("$.maxLag").value(2))
                .andExpect(jsonPath("$.lag").value(3))
                .andExpect(jsonPath("$.slaHeld").value(false));
        assertThat(meters.get("sti.subscription.lag")
                        .tag("consumer_group", group)
                        .gauge()
                        .value())
                .isEqualTo(3.0);
        assertThat(meters.get("sti.subscription.max.lag")
                        .tag("consumer_group", group)
                        .gauge()
                        .value())
                .isEqualTo(2.0);
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("sti_subscription_lag_records{application=\"reporting-service\","
                                + "consumer_group=\"" + group + "\",department=\"财政局\"} 3.0")))
                .andExpect(content()
                        .string(containsString("sti_subscription_max_lag_records{application=\"reporting-service\","
                                + "consumer_group=\"" + group + "\",department=\"财政局\"} 2.0")));
    }

    @Test
    void aGroupWithinItsSlaHoldsIt() throws Exception {
        String group = "statistics-" + UUID.randomUUID();
        commitThreeRecordsShortOfTheEnd(group);

        mvc.perform(post("/api/reports/admin/subscriptions")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(group, "[\"sti.enterprise.v1\"]", 3)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/reports/admin/subscriptions").param("size", "200").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.consumerGroup == '%s')].slaHeld", group)
                        .value(true));
    }

    @Test
    void anUnknownTopicIsA400NamingItAndNothingIsRegistered() throws Exception {
        String group = "dept-" + UUID.randomUUID();

        mvc.perform(post("/api/reports/admin/subscriptions")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(group, "[\"sti.enterprise.v1\", \"sti.finance.v1\"]", 10)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("topics[1]"));

        assertThat(mongo.findById(group, Subscription.class)).isNull();
    }

    @Test
    void aNegativeLagIsA400NamingMaxLag() throws Exception {
        mvc.perform(post("/api/reports/admin/subscriptions")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("dept-" + UUID.randomUUID(), "[\"sti.parks.v1\"]", -1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxLag"));
    }

    @Test
    void aGroupRegisteredTwiceIsA409() throws Exception {
        String group = "dept-" + UUID.randomUUID();
        mvc.perform(post("/api/reports/admin/subscriptions")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(group, "[\"sti.parks.v1\"]", 10)))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/reports/admin/subscriptions")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(group, "[\"sti.talent.v1\"]", 10)))
                .andExpect(status().isConflict());
    }

    @Test
    void anUnknownGroupIsA404() throws Exception {
        mvc.perform(get("/api/reports/admin/subscriptions/nobody-" + UUID.randomUUID())
                        .with(ADMIN))
                .andExpect(status().isNotFound());
    }

    /** Three events of one firm (one partition), and the group's offsets at the end of the topic but for those. */
    private static void commitThreeRecordsShortOfTheEnd(String group) {
        String uscc = TestData.freshUscc();
        for (int i = 0; i < 3; i++) {
            topics.publish(
                    new EnterpriseRegistered(uscc, "芜湖示例" + i, District.JINGHU, Industry.AI, LocalDate.of(2020, 1, 1)));
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.ENTERPRISE).stream()
                    .map(p -> new TopicPartition(Topics.ENTERPRISE, p.partition()))
                    .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int partitionOfTheFirm = org.apache.kafka.common.utils.Utils.toPositive(
                            org.apache.kafka.common.utils.Utils.murmur2(uscc.getBytes()))
                    % partitions.size();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            ends.forEach((partition, end) -> offsets.put(
                    partition, new OffsetAndMetadata(partition.partition() == partitionOfTheFirm ? end - 3 : end)));
            consumer.commitSync(offsets);
        }
    }

    private static String request(String group, String topics, long maxLag) {
        return """
                {"department":"财政局","topics":%s,"consumerGroup":"%s","contact":"finance-it@wuhu.gov.cn","maxLag":%d}""".formatted(topics, group, maxLag);
    }
}
