package cn.wuhu.sti.reporting.statistics.readmodel;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.statistics.StatisticsReported;
import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.rebuild.ReplayableTopicListener;
import cn.wuhu.sti.reporting.statistics.model.YearStatistics;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code sti.statistics.v1} into the statistics read model; a record that is not a statistics event, or
 * whose figures are out of their ranges, goes to the dead-letter topic (see {@link YearStatistics#of}).
 */
@Component
class StatisticsEventListener extends ReplayableTopicListener {

    static final String ID = "reporting-statistics";

    private final StatisticsFactReadModel statistics;

    StatisticsEventListener(StatisticsFactReadModel statistics) {
        super(ID, Topics.STATISTICS);
        this.statistics = statistics;
    }

    // One consumer, in a consumer group of its own beside the service's: see ReplayableTopicListener
    @KafkaListener(
            id = ID,
            groupId = "${spring.kafka.consumer.group-id}-statistics",
            topics = Topics.STATISTICS,
            concurrency = "1")
    void on(ConsumerRecord<String, CloudEvent> record) {
        if (eventOf(record) instanceof StatisticsReported reported) {
            statistics.apply(YearStatistics.of(reported, FactReadModel.sourceOf(record.value())));
        }
    }
}
