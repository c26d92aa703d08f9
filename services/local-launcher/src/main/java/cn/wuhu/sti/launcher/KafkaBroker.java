package cn.wuhu.sti.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka broker in KRaft mode, run in-process from Kafka's own server classes: the same
 * steps as {@code kafka-storage.sh format} followed by {@code kafka-server-start.sh}.
 */
final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "c3RpLXBsYXRmb3JtLWxvY2Fs";

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static KafkaBroker start(int port, int controllerPort, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dataDir.toAbsolutePath().toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        // After a kill -9 the metadata log still holds the dead incarnation's registration, and the restarted broker
        // is refused until that session expires (9 s by default). One node in one process: 2 s is plenty.
        props.put("broker.heartbeat.interval.ms", "500");
        props.put("broker.session.timeout.ms", "2000");
        KafkaConfig config = KafkaConfig.fromProps(props);

        new Formatter()
                .setPrintStream(new PrintStream(new ByteArrayOutputStream()))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setClusterId(CLUSTER_ID)
                .setNodeId(1)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
                .setDirectories(java.util.List.of(dataDir.toAbsolutePath().toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .run();

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, port);
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
