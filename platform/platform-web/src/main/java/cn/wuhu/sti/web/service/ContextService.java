package cn.wuhu.sti.web.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the application class of a context service. {@code value} is the service's name: its configuration file
 * ({@code <name>.yml}, so several services can share one classpath in {@code ./sti-local}), its
 * {@code spring.application.name}, its Kafka consumer group and its CloudEvents source. Its {@link #api()} is
 * guarded by its {@link #scope()} ({@code sti.service.api}, {@code sti.service.scope}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContextService {

    String value();

    /** The context's scope stem: {@code GET} under {@link #api()} needs {@code <scope>:read}, other methods {@code <scope>:write}. */
    String scope();

    /** The root of the context's REST API, e.g. {@code /api/talent}. */
    String api();
}
