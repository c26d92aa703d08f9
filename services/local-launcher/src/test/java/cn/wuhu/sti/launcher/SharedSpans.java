package cn.wuhu.sti.launcher;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Gives every application of the platform the same in-memory span exporter, beside whatever else exports spans, so
 * a test sees one trace across the gateway and the services. Named in {@code context.initializer.classes}.
 */
public class SharedSpans implements ApplicationContextInitializer<GenericApplicationContext> {

    static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean("sharedSpanExporter", InMemorySpanExporter.class, () -> EXPORTER);
    }
}
