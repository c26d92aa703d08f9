package cn.wuhu.sti.reporting.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

/**
 * Told of every record a listener has handled: a record applied moves {@link ReadModelVersion}, and each record handled
 * (applied or dead-lettered) moves a running rebuild's replay on. The platform's listener container factory picks this
 * interceptor up, being the only one.
 */
@Component
class ReadModelChanges implements RecordInterceptor<Object, Object> {

    private final ReadModelVersion version;
    private final ReadModelRebuild rebuild;

    ReadModelChanges(ReadModelVersion version, ReadModelRebuild rebuild) {
        this.version = version;
        this.rebuild = rebuild;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        version.bump();
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        rebuild.handled(record.topic(), record.partition(), record.offset());
    }
}
