package cn.wuhu.sti.enterprise.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.service.ServiceTest;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import io.cloudevents.CloudEvent;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.test.util.ReflectionTestUtils;

/** The settings the running service really uses, read from its beans rather than from its configuration files. */
@ServiceTest(properties = "sti.outbox.auto-startup=false")
class DurabilitySettingsTest {

    @Autowired
    MongoClient client;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate;

    @Autowired
    ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory;

    @Autowired
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> kafkaListenerContainerFactory;

    @Autowired
    KafkaAdmin.NewTopics stiTopics;

    @Test
    void anAnsweredWriteHasReachedTheJournalOfAMajorityOfTheReplicaSet() {
        assertThat(client.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(mongo.getDb().getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
    }

    @Test
    void aReadThatDecidesAWriteSeesOnlyWhatCannotBeRolledBack() {
        assertThat(client.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        assertThat(mongo.getDb().getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
    }

    @Test
    void anAbsentStoreIsGivenUpOnWithinTwoSeconds() {
        assertThat(client.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(2_000);
    }

    @Test
    void anEventCountsAsSentOnlyOnceEveryInSyncReplicaHasItAndARetryCannotDuplicateIt() {
        var producer = cloudEventKafkaTemplate.getProducerFactory().getConfigurationProperties();

        assertThat(producer).containsEntry(ProducerConfig.ACKS_CONFIG, "all");
        assertThat(producer).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    @Test
    void everyTopicStatesHowManyReplicasMustHaveARecordBeforeASendSucceeds() {
        Collection<NewTopic> declared = ReflectionTestUtils.invokeMethod(stiTopics, "getNewTopics");

        assertThat(declared)
                .isNotEmpty()
                .allSatisfy(topic ->
                        assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1"));
    }

    @Test
    void aConsumedOffsetIsCommittedByTheContainerOnlyAfterTheListenerReturned() {
        assertThat(cloudEventConsumerFactory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        assertThat(kafkaListenerContainerFactory.getContainerProperties().getAckMode())
                .isEqualTo(AckMode.BATCH);
    }
}
