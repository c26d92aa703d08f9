package cn.wuhu.sti.benchmark;

import cn.wuhu.sti.test.SharedInfrastructure;
import cn.wuhu.sti.wire.IdIndexedMemoryBackend;
import de.bwaldvogel.mongo.MongoServer;
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
        EmbeddedKafkaKraftBroker kafka = SharedInfrastructure.startBroker();
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
