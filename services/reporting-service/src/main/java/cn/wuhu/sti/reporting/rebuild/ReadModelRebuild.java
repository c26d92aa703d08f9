package cn.wuhu.sti.reporting.rebuild;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;

/**
 * Drops every read model and replays the topics from the beginning. The listener containers are stopped around
 * the drop (stopping waits for the record in hand), so no update that was in flight survives into the new model.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final List<ReadModel> readModels;
    private final List<ReplayableListener> listeners;
    private final KafkaListenerEndpointRegistry registry;
    private final MongoOperations mongo;
    private final ReadModelVersion version;

    ReadModelRebuild(
            List<ReadModel> readModels,
            List<ReplayableListener> listeners,
            KafkaListenerEndpointRegistry registry,
            MongoOperations mongo,
            ReadModelVersion version) {
        this.readModels = readModels;
        this.listeners = listeners;
        this.registry = registry;
        this.mongo = mongo;
        this.version = version;
    }

    public synchronized RebuildStarted rebuild() {
        List<MessageListenerContainer> containers = listeners.stream()
                .map(l -> registry.getListenerContainer(l.listenerId()))
                .toList();
        containers.forEach(MessageListenerContainer::stop);
        RebuildStarted started = dropAndRequestReplay();
        containers.forEach(MessageListenerContainer::start);
        return started;
    }

    /** Only while the containers are not consuming: at start-up, before they start, or between stop and start. */
    synchronized RebuildStarted dropAndRequestReplay() {
        Map<String, Long> dropped = new LinkedHashMap<>();
        readModels.forEach(model -> dropped.put(model.collection(), drop(model.collection())));
        version.bump();
        listeners.forEach(ReplayableListener::replayFromBeginningOnNextAssignment);
        List<String> topics =
                listeners.stream().map(ReplayableListener::topic).distinct().toList();
        log.info("Dropped read models {} and replaying {} from the beginning", dropped, topics);
        return new RebuildStarted(dropped, topics);
    }

    private long drop(String collection) {
        long count = mongo.getCollection(collection).countDocuments();
        mongo.dropCollection(collection);
        return count;
    }

    /** What a rebuild dropped (documents per read model) and which topics it replays. */
    public record RebuildStarted(Map<String, Long> dropped, List<String> replaying) {}
}
