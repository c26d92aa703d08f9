package cn.wuhu.sti.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same scenarios on real MongoDB and Apache Kafka images, for machines with Docker; skipped where there is none
 * (as on the CI machine, where {@link PlatformEndToEndTest} covers them).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersEndToEndTest extends EndToEndScenarios {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @BeforeAll
    static void startOnContainers() throws Exception {
        startThePlatform(
                PlatformOptions.defaults().withExternal(KAFKA.getBootstrapServers(), MONGO.getConnectionString()));
    }
}
