package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.test.UseSharedInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context every integration test of this module shares: the real service on the JVM's shared
 * Mongo wire server and embedded Kafka broker, reached through MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.config.name=reporting-service")
@AutoConfigureMockMvc
@UseSharedInfrastructure
public @interface ReportingServiceTest {}
