package cn.wuhu.sti.test;

import cn.wuhu.sti.wire.IdIndexedMemoryBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Mongo wire server and one real KRaft Kafka broker per test JVM, started on first use on free ports
 * and stopped when the JVM exits. Test classes share them; they keep apart by using their own ids and years.
 */
public final class SharedInfrastructure {

    private static MongoServer mongo;
    private static String mongoUri;
    private static EmbeddedKafkaKraftBroker kafka;

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new IdIndexedMemoryBackend());
            mongo.bind("127.0.0.1", 0);
            mongoUri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/sti-test";
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "mongo-wire-server-stop"));
        }
        return mongoUri;
    }

    /**
     * A new embedded KRaft broker, started, as the tests use it: three partitions per topic, topics made on first
     * use, no rebalance delay. The caller stops it ({@code destroy()}); the benchmark starts its own this way.
     */
    public static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3"));
        broker.afterPropertiesSet();
        return broker;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = startBroker();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "embedded-kafka-stop"));
        }
        return kafka.getBrokersAsString();
    }

    private SharedInfrastructure() {}
}
