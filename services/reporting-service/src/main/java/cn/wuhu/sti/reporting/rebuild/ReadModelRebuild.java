package cn.wuhu.sti.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every read model beside the one being read: the listeners replay the topics from the beginning into the
 * next generation while the queries keep reading the current one, unchanged; once the listeners have reached the ends
 * the topics had at the start, the queries switch to the new generation and the old one is dropped. The listener
 * containers are stopped around the change of generation (stopping waits for the record in hand), so every record
 * after it goes to the new generation.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Duration OFFSETS_TIMEOUT = Duration.ofSeconds(10);

    private final List<ReadModel> readModels;
    private final List<ReplayableListener> listeners;
    private final KafkaListenerEndpointRegistry registry;
    private final ConsumerFactory<?, ?> consumers;
    private final MongoOperations mongo;
    private final ReadModelGenerations generations;
    private final ReadModelVersion version;
    private final Clock clock;
    private volatile Replay replay;

    ReadModelRebuild(
            List<ReadModel> readModels,
            List<ReplayableListener> listeners,
            KafkaListenerEndpointRegistry registry,
            ConsumerFactory<?, ?> consumers,
            MongoOperations mongo,
            ReadModelGenerations generations,
            ReadModelVersion version,
            Clock clock) {
        this.readModels = readModels;
        this.listeners = listeners;
        this.registry = registry;
        this.consumers = consumers;
        this.mongo = mongo;
        this.generations = generations;
        this.version = version;
        this.clock = clock;
    }

    /** Starts a rebuild, unless one is replaying: then {@link RebuildRunning} carries that one's progress. */
    public synchronized RebuildProgress rebuild() {
        if (replay != null && replay.replaying()) {
            throw new RebuildRunning(replay.progress());
        }
        List<MessageListenerContainer> containers = listeners.stream()
                .map(l -> registry.getListenerContainer(l.listenerId()))
                .toList();
        containers.forEach(MessageListenerContainer::stop);
        long generation = generations.writeNext();
        // left by a rebuild a restart abandoned
        readModels.forEach(model -> mongo.dropCollection(generations.toWrite(model.collection())));
        replay = replayTo(generation);
        listeners.forEach(ReplayableListener::replayFromBeginningOnNextAssignment);
        containers.forEach(MessageListenerContainer::start);
        log.info("Replaying {} into read model generation {}", replay.progress().lagLeft(), generation);
        switchIfCaughtUp();
        return replay.progress();
    }

    public RebuildProgress progress() {
        Replay current = replay;
        return current == null ? RebuildProgress.neverRebuilt(generations.read()) : current.progress();
    }

    /** A listener has handled the record at {@code offset}. */
    void handled(String topic, int partition, long offset) {
        Replay current = replay;
        if (current != null && current.replaying()) {
            current.handled(new TopicPartition(topic, partition), offset);
            if (current.caughtUp()) {
                switchIfCaughtUp();
            }
        }
    }

    /**
     * Only while the containers are not consuming (at start-up, before they start): drops the generation in use and
     * replays into it, the queries finding it empty meanwhile.
     */
    synchronized void dropAndRequestReplay() {
        Map<String, Long> dropped = new LinkedHashMap<>();
        readModels.forEach(model -> dropped.put(model.collection(), drop(generations.toWrite(model.collection()))));
        version.bump();
        listeners.forEach(ReplayableListener::replayFromBeginningOnNextAssignment);
        log.info("Dropped read models {} and replaying them from the beginning", dropped);
    }

    /**
     * Once the replay has caught up, the queries read the new generation and the old one is dropped. Also tried after
     * every poll ({@link ReadModelChanges}), so a switch the store refused is made once it is back; each step may be
     * made again, so a switch that failed half-way is finished, not repeated. Looked at without the lock first: a
     * consumer thread must not wait on {@link #rebuild}, which holds it while it stops that consumer.
     */
    void switchIfCaughtUp() {
        Replay current = replay;
        if (current != null && current.replaying() && current.caughtUp()) {
            switchCaughtUp();
        }
    }

    private synchronized void switchCaughtUp() {
        if (replay == null || !replay.replaying() || !replay.caughtUp()) {
            return;
        }
        long old = replay.generation() - 1;
        generations.readWritten();
        version.bump();
        readModels.forEach(model -> mongo.dropCollection(ReadModelGenerations.named(model.collection(), old)));
        replay.switched(clock.instant());
        log.info(
                "Switched the queries to read model generation {} after {} records",
                replay.generation(),
                replay.progress().replayed());
    }

    private Replay replayTo(long generation) {
        List<String> topics =
                listeners.stream().map(ReplayableListener::topic).distinct().toList();
        try (Consumer<?, ?> consumer = consumers.createConsumer()) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, OFFSETS_TIMEOUT).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            return new Replay(
                    generation,
                    clock.instant(),
                    consumer.beginningOffsets(partitions, OFFSETS_TIMEOUT),
                    consumer.endOffsets(partitions, OFFSETS_TIMEOUT));
        }
    }

    private long drop(String collection) {
        long count = mongo.getCollection(collection).countDocuments();
        mongo.dropCollection(collection);
        return count;
    }

    /** A rebuild was asked while another replays. */
    public static class RebuildRunning extends RuntimeException {

        private final transient RebuildProgress running;

        RebuildRunning(RebuildProgress running) {
            super("A rebuild is replaying into read model generation " + running.generation());
            this.running = running;
        }

        public RebuildProgress running() {
            return running;
        }
    }
}
