package cn.wuhu.sti.launcher;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Gives every application of the platform the same in-memory span exporter, beside whatever else exports spans, so
 * a test sees one trace across the gateway and the services. Only for applications started with
 * {@code sti.test.shared-spans=true}; on the test classpath only.
 */
@AutoConfiguration
@ConditionalOnProperty("sti.test.shared-spans")
public class SharedSpans {

    static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Bean
    InMemorySpanExporter sharedSpanExporter() {
        return EXPORTER;
    }
}
