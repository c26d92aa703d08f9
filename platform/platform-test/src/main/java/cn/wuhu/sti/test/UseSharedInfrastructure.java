package cn.wuhu.sti.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test at the JVM's shared Mongo wire server ({@code spring.mongodb.uri}), its
 * {@link cn.wuhu.sti.test.access.TestIssuer} ({@code sti.security.issuer}, so real bearer tokens can be checked) and,
 * unless {@link #kafka()} is false, at the shared embedded Kafka broker ({@code spring.kafka.bootstrap-servers}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface UseSharedInfrastructure {

    boolean kafka() default true;
}
