package cn.wuhu.sti.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.SharedInfrastructure;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

class DurableMongoClientSettingsTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    StoreAutoConfiguration.class, MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=" + SharedInfrastructure.mongoUri());

    @Test
    void everyWriteWaitsForAJournaledMajorityAndEveryReadSeesOnlyMajorityCommittedData() {
        contexts.run(context -> {
            MongoClient client = context.getBean(MongoClient.class);

            assertThat(client.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
            assertThat(client.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
            assertThat(client.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS))
                    .isEqualTo(2);
        });
    }

    @Test
    void theWireServerTheTestsRunOnAcceptsTheseConcerns() {
        contexts.run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);

            mongo.insert(new Document("_id", "durable-settings-probe").append("n", 1), "store_probe");

            assertThat(mongo.findById("durable-settings-probe", Document.class, "store_probe"))
                    .containsEntry("n", 1);
        });
    }

    @Test
    void propertiesOverrideTheDefaultsAndTheUriOptions() {
        contexts.withPropertyValues(
                        "spring.mongodb.uri=" + SharedInfrastructure.mongoUri() + "?w=majority&readConcernLevel=local",
                        "sti.store.write-concern=1",
                        "sti.store.journal=false",
                        "sti.store.read-concern=local",
                        "sti.store.server-selection-timeout=7s")
                .run(context -> {
                    MongoClient client = context.getBean(MongoClient.class);

                    assertThat(client.getWriteConcern()).isEqualTo(WriteConcern.W1.withJournal(false));
                    assertThat(client.getReadConcern()).isEqualTo(ReadConcern.LOCAL);
                    assertThat(client.getClusterDescription()
                                    .getClusterSettings()
                                    .getServerSelectionTimeout(TimeUnit.SECONDS))
                            .isEqualTo(7);
                });
    }
}
