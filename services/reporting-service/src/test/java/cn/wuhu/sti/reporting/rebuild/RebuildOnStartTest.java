package cn.wuhu.sti.reporting.rebuild;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.ReportingApplication;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.enterprise.readmodel.FirmReadModel;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorSource;
import cn.wuhu.sti.reporting.support.ParksEvents;
import cn.wuhu.sti.reporting.support.StatisticsEvents;
import cn.wuhu.sti.reporting.support.TalentEvents;
import cn.wuhu.sti.reporting.support.TechmarketEvents;
import cn.wuhu.sti.test.SharedInfrastructure;
import cn.wuhu.sti.test.service.TopicPublisher;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a second instance of the service, with its own database and consumer groups, the way an operator would
 * after changing the read models: the groups have already consumed the whole topics, the database holds stale data.
 */
class RebuildOnStartTest {

    private static final String GROUP = "reporting-rebuild-on-start-test";
    private static final String DATABASE = "sti-reporting-rebuild-on-start-test";

    @Test
    void rebuildOnStartDropsStaleDataAndReplaysTheTopicsFromTheBeginning() {
        String bootstrapServers = SharedInfrastructure.kafkaBootstrapServers();
        String mongoUri = SharedInfrastructure.mongoUri();
        String onTopic = uniqueUscc();
        try (var publisher = new TopicPublisher(bootstrapServers)) {
            publisher.publish(
                    highTechWithinYear(onTopic, District.JIUJIANG, 2061),
                    teamLanded(uniqueId("team"), "2061-05-01", District.JIUJIANG),
                    TechmarketEvents.registered(
                            TechmarketEvents.uniqueRegistrationNo(),
                            "2061-05-01",
                            "2061-05-02",
                            District.JIUJIANG,
                            "100.01"),
                    ParksEvents.platformAccredited(
                            TalentEvents.uniqueId("platform"),
                            AccreditationLevel.PROVINCIAL,
                            "2061-05-03",
                            District.JIUJIANG),
                    StatisticsEvents.reported(2061, 1, "1000.00", "37.55", "1.00"));
        }
        commitEndOfTopicFor(GROUP, Topics.ENTERPRISE, bootstrapServers);
        commitEndOfTopicFor(GROUP + "-talent", Topics.TALENT, bootstrapServers);
        commitEndOfTopicFor(GROUP + "-techmarket", Topics.TECHMARKET, bootstrapServers);
        commitEndOfTopicFor(GROUP + "-parks", Topics.PARKS, bootstrapServers);
        commitEndOfTopicFor(GROUP + "-statistics", Topics.STATISTICS, bootstrapServers);
        try (var mongo = MongoClients.create(mongoUri)) {
            mongo.getDatabase(DATABASE)
                    .getCollection("firms")
                    .insertOne(new Document("_id", "STALE").append("district", "JIUJIANG"));
        }

        try (ConfigurableApplicationContext service = ReportingApplication.application()
                .run(
                        "--sti.reporting.rebuild-on-start=true",
                        "--server.port=0",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--spring.mongodb.database=" + DATABASE,
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--spring.kafka.consumer.group-id=" + GROUP)) {
            FirmReadModel firms = service.getBean(FirmReadModel.class);

            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            usccs(firms.firms(Optional.of(District.JIUJIANG))).contains(onTopic));
            assertThat(usccs(firms.firms(Optional.of(District.JIUJIANG)))).doesNotContain("STALE");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> valueIn(service, "talent.teams.landed", 2061, District.JIUJIANG)
                                    .compareTo(BigDecimal.ONE)
                            == 0);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> valueIn(service, "techmarket.contracts.amount", 2061, District.JIUJIANG)
                            .equals(new BigDecimal("100.01")));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> valueIn(service, "platforms.provincialplus.new", 2061, District.JIUJIANG)
                                    .compareTo(BigDecimal.ONE)
                            == 0);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> new BigDecimal("3.76").equals(cityWide(service, "rd.intensity", 2061)));
        }
    }

    private static BigDecimal cityWide(ConfigurableApplicationContext service, String code, int year) {
        return service.getBeanProvider(IndicatorSource.class)
                .orderedStream()
                .flatMap(source -> source.indicatorsFor(year, Optional.empty()).stream())
                .filter(indicator -> indicator.code().equals(code))
                .map(Indicator::value)
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal valueIn(
            ConfigurableApplicationContext service, String code, int year, District district) {
        return service.getBeanProvider(IndicatorSource.class)
                .orderedStream()
                .flatMap(source -> source.indicatorsFor(year, Optional.of(district)).stream())
                .filter(indicator -> indicator.code().equals(code))
                .findFirst()
                .orElseThrow()
                .value();
    }

    /** The group has read everything: without the rebuild's seek, the new instance would consume nothing. */
    private static void commitEndOfTopicFor(String group, String topic, String bootstrapServers) {
        try (var consumer = new KafkaConsumer<byte[], byte[]>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, group,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            consumer.commitSync();
        }
    }

    private static List<String> usccs(List<Firm> firms) {
        return firms.stream().map(Firm::uscc).toList();
    }
}
