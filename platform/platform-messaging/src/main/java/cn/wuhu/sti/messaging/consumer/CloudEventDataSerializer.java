package cn.wuhu.sti.messaging.consumer;

import io.cloudevents.CloudEvent;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes only a CloudEvent's data. Used for dead letters: the recoverer copies the original record's
 * {@code ce_*} headers, so the data alone makes the dead letter a byte-for-byte copy of what arrived.
 */
class CloudEventDataSerializer implements Serializer<CloudEvent> {

    @Override
    public byte[] serialize(String topic, CloudEvent event) {
        return event == null || event.getData() == null ? null : event.getData().toBytes();
    }
}
