package cn.wuhu.sti.benchmark;

import cn.wuhu.sti.wire.IdIndexedMemoryBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** What the benchmark measures on: one embedded KRaft broker and the in-process Mongo wire server (in memory). */
final class Infrastructure implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;

    private Infrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static Infrastructure start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new IdIndexedMemoryBackend());
        mongo.bind("127.0.0.1", 0);
        return new Infrastructure(kafka, mongo);
    }

    String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/" + database;
    }

    @Override
    public void close() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
